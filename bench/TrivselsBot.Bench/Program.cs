using TrivselsBot.Bench;

// dotnet run -c Release --project bench/TrivselsBot.Bench -- inbound [messages] [concurrency]
var benchmark = args.FirstOrDefault() ?? "inbound";
switch (benchmark)
{
    case "inbound":
        await InboundMessagesBench.RunAsync(
            messages: args.Length > 1 ? int.Parse(args[1]) : 20_000,
            concurrency: args.Length > 2 ? int.Parse(args[2]) : 32);
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{benchmark}'. Known: inbound");
        return 2;
}
return 0;
