package io.stockkeeper.application.testing;

/** The in-memory fakes keep the same contract as the database adapters. */
class InMemoryPortsTest extends OutboundPortsContract {

    @Override
    protected PortsUnderTest freshPorts() {
        return PortsUnderTest.inMemory();
    }
}
