using HueWorkspace.Benchmarks;

// Run by hand, in Release: dotnet run -c Release --project HueWorkspace.Benchmarks [-- tasks [count]]
// Results and the machine they ran on go into docs/benchmarks.md.
var suite = args.FirstOrDefault() ?? "tasks";
switch (suite)
{
    case "tasks":
        await TaskListBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        break;
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Suites: tasks");
        return 1;
}

return 0;
