package org.stancewatch.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the five UN regional groups. */
@Entity
@Table(name = "regional_group")
public class RegionalGroup extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
}
