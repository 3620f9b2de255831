package io.stockkeeper.application.testing;

class InMemoryMonthReplayTest extends MonthReplayContract {

    @Override
    protected PortsUnderTest freshPorts() {
        return PortsUnderTest.inMemory();
    }

    @Override
    protected int items() {
        return 300;
    }
}
