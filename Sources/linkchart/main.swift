import LinkChartCLI

LinkChartMain.run()
