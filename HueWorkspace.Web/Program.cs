using HueWorkspace.Web;

var builder = WebApplication.CreateBuilder(args.Where(a => a != "--migrate").ToArray());
builder.AddWorkspace();

var app = builder.Build();

// "--migrate": apply the migrations (and the configured seeding), then stop — the step before several instances start.
// Each instance also does it at start unless Database:MigrateOnStart is false; either way one at a time.
var migrateOnly = args.Contains("--migrate");
if (migrateOnly || app.Configuration.GetValue("Database:MigrateOnStart", true))
{
    await app.PrepareDatabaseAsync();
}

if (migrateOnly)
{
    return;
}

app.UseWorkspace();
await app.RunAsync();
