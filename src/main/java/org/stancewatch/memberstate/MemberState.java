package org.stancewatch.memberstate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A UN member or observer state (reference data, seeded by migration). */
@Entity
@Table(name = "member_state")
public class MemberState extends PanacheEntityBase {
    @Id
    @Column(columnDefinition = "bpchar(3)")
    public String code;
    @Column(columnDefinition = "bpchar(2)")
    public String alpha2;
    public String name;
    @Column(name = "regional_group")
    public String regionalGroup;
    public String status;
}
