using HueWorkspace.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkspace();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWorkspace();
await app.RunAsync();
