using ZezhouDisclosure.Application;
using ZezhouDisclosure.Infrastructure;
using ZezhouDisclosure.Web;
using ZezhouDisclosure.Web.Commands;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.Services.AddApplication();
builder.AddWeb();

var app = builder.Build();

if (PortalCommands.IsCommand(args))
{
    return await PortalCommands.RunAsync(app, args);
}

await app.InitialisePortalAsync();
app.UsePortal();
await app.RunAsync();
return 0;
