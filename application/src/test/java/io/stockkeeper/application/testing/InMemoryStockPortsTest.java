package io.stockkeeper.application.testing;

class InMemoryStockPortsTest extends StockPortsContract {

    @Override
    protected PortsUnderTest freshPorts() {
        return PortsUnderTest.inMemory();
    }
}
