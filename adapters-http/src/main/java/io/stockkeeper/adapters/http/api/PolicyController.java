package io.stockkeeper.adapters.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.ChangeItemPolicyCommand;
import io.stockkeeper.application.port.in.ChangeItemPolicyUseCase;
import io.stockkeeper.application.port.in.GetItemPolicyUseCase;
import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPolicy;

/** {@code GET|PUT /api/v1/inventory/{partNumber}/policy}. */
public final class PolicyController {

    private final GetItemPolicyUseCase getPolicy;
    private final ChangeItemPolicyUseCase changePolicy;
    private final ObjectMapper mapper;

    public PolicyController(GetItemPolicyUseCase getPolicy, ChangeItemPolicyUseCase changePolicy, ObjectMapper mapper) {
        this.getPolicy = getPolicy;
        this.changePolicy = changePolicy;
        this.mapper = mapper;
    }

    public void get(Context ctx) {
        ItemKey key = QueryParameters.build(() -> MovementsController.key(ctx));
        try {
            ctx.json(PolicyJson.response(getPolicy.policy(key)));
        } catch (ItemNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    public void put(Context ctx) {
        ItemKey key = QueryParameters.build(() -> MovementsController.key(ctx));
        ItemPolicy policy = PolicyJson.request(JsonBodies.object(mapper, ctx.body()));
        try {
            ctx.json(PolicyJson.response(QueryParameters.build(() ->
                    changePolicy.change(new ChangeItemPolicyCommand(key, policy)))));
        } catch (ItemNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }
}
