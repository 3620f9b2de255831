package io.stockkeeper.bootstrap;

import io.stockkeeper.bootstrap.cli.StockkeeperCommand;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = StockkeeperCommand.commandLine().execute(args);
        if (exitCode != 0 || !StockkeeperCommand.isServing()) {
            System.exit(exitCode);
        }
    }
}
