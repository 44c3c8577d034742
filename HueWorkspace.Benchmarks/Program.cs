using HueWorkspace.Benchmarks;

// Run by hand, in Release: dotnet run -c Release --project HueWorkspace.Benchmarks [-- tasks [count] | watchers [pages] | workingdays | documents [count] | datasets [count] | requests [count] | circuits [tabs] | writes [count] | http-writes [writers] [each] | fanout [hubClients] [circuits] | dashboard [tasks] [documents] [requests]]
// Results and the machine they ran on go into docs/benchmarks.md.
var suite = args.FirstOrDefault() ?? "tasks";
switch (suite)
{
    case "tasks":
        await TaskListBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    case "watchers":
        await WatcherLatencyBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
        break;
    case "documents":
        await IncomingListBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
        break;
    case "datasets":
        await DatasetSuggestBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
        break;
    case "requests":
        await DataRequestBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    case "dashboard":
        await DashboardBenchmark.RunAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
            args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
        break;
    case "circuits":
        await CircuitMemoryBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
        break;
    case "writes":
        await WriteThroughputBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
        break;
    case "http-writes":
        await HttpWritersBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
        break;
    case "fanout":
        await FanOutBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
        break;
    case "pageload":
        await PageLoadBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
        break;
    case "workingdays":
        await WorkingDaysBenchmark.RunAsync();
        break;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Suites: tasks, watchers, workingdays, documents, datasets, requests, circuits, pageload, writes, http-writes, fanout, dashboard");
        return 1;
}

return 0;
