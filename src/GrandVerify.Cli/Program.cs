using GrandVerify.Cli;

return GrandVerifyApp.Run(args);
