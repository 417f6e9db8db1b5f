package org.stancewatch.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Table;
import java.util.Set;

/** A group of states that may speak as one actor (reference data, seeded by migration). */
@Entity
@Table(name = "bloc")
public class Bloc extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bloc_member", joinColumns = @JoinColumn(name = "bloc_code"))
    @Column(name = "state_code", columnDefinition = "bpchar(3)")
    public Set<String> members;
}
