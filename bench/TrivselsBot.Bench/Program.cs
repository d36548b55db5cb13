using TrivselsBot.Bench;

// dotnet run -c Release --project bench/TrivselsBot.Bench -- inbound [messages] [concurrency]
// dotnet run -c Release --project bench/TrivselsBot.Bench -- fanout [members] [tenantRate] [new|stored] [parallel]
// dotnet run -c Release --project bench/TrivselsBot.Bench -- answers [members] [concurrency]
// dotnet run -c Release --project bench/TrivselsBot.Bench -- summary [employees] [teamSize]   (leader summary, then the organisation roll-up)
// dotnet run -c Release --project bench/TrivselsBot.Bench -- resume [teams] [trioItems] [runs]   (the "resumé" command through the bot)
// dotnet run -c Release --project bench/TrivselsBot.Bench -- faults [scenario numbers…]   (the service in separate processes, broken on purpose)
var benchmark = args.FirstOrDefault() ?? "inbound";
switch (benchmark)
{
    case "inbound":
        await InboundMessagesBench.RunAsync(
            messages: args.Length > 1 ? int.Parse(args[1]) : 20_000,
            concurrency: args.Length > 2 ? int.Parse(args[2]) : 32);
        break;
    case "fanout":
        await FanOutBench.RunAsync(
            members: args.Length > 1 ? int.Parse(args[1]) : 10_000,
            tenantRate: args.Length > 2 ? int.Parse(args[2]) : 50,
            chats: args.Length > 3 ? args[3] : "new",
            parallel: args.Length > 4 ? int.Parse(args[4]) : new TrivselsBot.CheckIns.Delivery.DeliveryOptions().MaxParallelSends);
        break;
    case "answers":
        await AnswerIngestBench.RunAsync(
            members: args.Length > 1 ? int.Parse(args[1]) : 2_000,
            concurrency: args.Length > 2 ? int.Parse(args[2]) : 32);
        break;
    case "summary":
        await SummaryBench.RunAsync(
            employees: args.Length > 1 ? int.Parse(args[1]) : 5_000,
            teamSize: args.Length > 2 ? int.Parse(args[2]) : 10);
        break;
    case "resume":
        await SummaryCommandBench.RunAsync(
            teams: args.Length > 1 ? int.Parse(args[1]) : 400,
            trioItems: args.Length > 2 ? int.Parse(args[2]) : 20,
            runs: args.Length > 3 ? int.Parse(args[3]) : 200);
        break;
    case "faults":
        return await FaultsCommand.RunAsync(args.Skip(1).Select(int.Parse).ToList());
    default:
        Console.Error.WriteLine($"Unknown benchmark '{benchmark}'. Known: inbound, fanout, answers, summary, resume, faults");
        return 2;
}
return 0;
