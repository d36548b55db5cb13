using TrivselsBot;

TrivselsBotApp.Build(args).Run();
