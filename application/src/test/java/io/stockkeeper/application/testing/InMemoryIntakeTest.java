package io.stockkeeper.application.testing;

class InMemoryIntakeTest extends IntakeContract {

    @Override
    protected PortsUnderTest freshPorts() {
        return PortsUnderTest.inMemory();
    }
}
