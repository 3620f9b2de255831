package io.stockkeeper.bootstrap;

import io.stockkeeper.bootstrap.cli.StockkeeperCommand;
import picocli.CommandLine;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = StockkeeperCommand.commandLine().execute(args);
        if (exitCode != 0 || !StockkeeperCommand.isServing()) {
            System.exit(exitCode);
        }
    }

    static CommandLine commandLine() {
        return StockkeeperCommand.commandLine();
    }
}
