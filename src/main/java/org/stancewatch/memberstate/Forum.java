package org.stancewatch.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A forum where statements are made (reference data). Unknown forums map to OTHER. */
@Entity
@Table(name = "forum")
public class Forum extends PanacheEntityBase {
    public static final String OTHER = "OTHER";
    @Id
    public String code;
    public String name;
}
