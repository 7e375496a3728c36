using ZezhouDisclosure.Application;
using ZezhouDisclosure.Infrastructure;
using ZezhouDisclosure.Web;
using ZezhouDisclosure.Web.Commands;
using ZezhouDisclosure.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.Services.AddApplication();
builder.AddWeb();

var app = builder.Build();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

StartupTimings.Mark(app.Logger, "host built");
await app.InitialisePortalAsync();
StartupTimings.Mark(app.Logger, "database initialised");
app.UsePortal();
app.Lifetime.ApplicationStarted.Register(() => StartupTimings.Mark(app.Logger, "listening"));
await app.RunAsync();
return 0;
