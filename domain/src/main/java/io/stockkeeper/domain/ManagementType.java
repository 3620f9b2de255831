package io.stockkeeper.domain;

/** Who keeps the count: the merchant (self-managed) or a fulfiller. */
public enum ManagementType {
    SELF_MANAGED,
    FULFILLER_MANAGED
}
