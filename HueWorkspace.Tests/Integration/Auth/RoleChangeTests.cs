using System.Net;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Auth;

/// <summary>An administrator's change to a person's unit or roles applies to their very next API call, with the same cookie.</summary>
public sealed class RoleChangeTests(RoleChangeTests.Factory factory) : IClassFixture<RoleChangeTests.Factory>
{
    public sealed class Factory : WorkspaceFactory;

    [Fact]
    public async Task AnUnassignedPerson_IsRefusedOnTheNextApiCall_WithoutSigningOut()
    {
        var db = factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        using var client = SignInClient.Create(factory);
        await client.SignInAsync("gd.chuyenvien");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/tasks")).StatusCode);

        var admin = new TestCurrentUser { Actor = await DemoActors.ForAsync(db, "admin") };
        var person = await DemoActors.UserIdAsync(db, "gd.chuyenvien");
        await using (var context = await db.CreateDbContextAsync())
        {
            var version = await context.UserProfiles.Where(p => p.Id == person).Select(p => p.Version).SingleAsync();
            await new OrganizationService(db, admin, TimeProvider.System, factory.Services.GetRequiredService<INotificationPublisher>()).UnassignAsync(person, version);
        }

        // The unassignment also ended their session on the server: the same cookie is no longer signed in at all.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/tasks")).StatusCode);
    }
}
