// The commands are registered in Cli.Build (one line each); Cli.Run is also what the tests call.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await Pipeline.Cli.Cli.RunAsync(args, Console.Out, Console.Error);
