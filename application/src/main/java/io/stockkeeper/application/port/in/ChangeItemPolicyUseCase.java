package io.stockkeeper.application.port.in;

/**
 * Changes an item's policy: validated against the defaults, recorded as a policy-change movement, and
 * re-evaluated so that any crossing it causes is announced on the changes feed.
 */
public interface ChangeItemPolicyUseCase {

    /**
     * @throws ItemNotFoundException when there is no such item
     * @throws IllegalArgumentException when the resulting policy is invalid
     */
    PolicyView change(ChangeItemPolicyCommand command);
}
