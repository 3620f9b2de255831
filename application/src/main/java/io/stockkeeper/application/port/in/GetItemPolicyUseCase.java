package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;

public interface GetItemPolicyUseCase {

    /** @throws ItemNotFoundException when there is no such item */
    PolicyView policy(ItemKey key);
}
