using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.SignIn;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Seeding;

/// <summary>
/// Applies migrations and fills an empty database with the demo organisation, its people and the
/// holiday calendar. Idempotent: a database that already has units is left alone.
/// </summary>
public sealed class WorkspaceSeeder(IDbContextFactory<WorkspaceDbContext> dbFactory, TimeProvider clock)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // SQLite plans from the statistics ANALYZE gathers; without them, or with stale ones after a migration adds an
            // index, the dashboard's counts can read the wrong index (docs/benchmarks.md). "optimize" analyzes what needs
            // it, reading whole indexes (under a second for a million documents; a sample planned worse). PostgreSQL's autovacuum
            // keeps its own statistics.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=0; PRAGMA optimize=0x10002;", ct);
        }
    }

    /// <returns>True when the demo data was written; false when the database already had data.</returns>
    public async Task<bool> SeedDemoAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Units.AnyAsync(ct))
        {
            return false;
        }

        var units = new Dictionary<string, Unit>();
        foreach (var (demo, index) in DemoOrganization.Units.Select((u, i) => (u, i)))
        {
            var parentId = demo.ParentCode is null ? (Guid?)null : units[demo.ParentCode].Id;
            var from = demo.Kind == UnitKind.CommuneWard ? DemoOrganization.TwoTierFrom : DemoOrganization.CityFounded;
            var unit = Unit.Create(demo.Code, demo.Name, demo.Kind, parentId, from);
            unit.IsPlatformAuthority = demo.Code == DemoOrganization.PlatformAuthorityCode;
            unit.IsPeoplesCommitteeOffice = demo.Code == DemoOrganization.PeoplesCommitteeOfficeCode;
            // Demo identifier codes in the shape of Quyết định 20/2020/QĐ-TTg (H57 is the city's level-1 code).
            unit.SetAgencyCode(demo.Kind == UnitKind.ExternalOrganisation ? null : $"000.00.{index:00}.H57");
            units[demo.Code] = unit;
            db.Units.Add(unit);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var person in DemoOrganization.People.Where(p => p.UnitCode is not null))
        {
            var profile = UserProfile.FromSignIn(BuiltInAccount.SubjectFor(person.UserName), person.FullName, person.Email, person.UserName, now);
            profile.Assign(units[person.UnitCode!].Id, person.Roles, DemoOrganization.Posts.GetValueOrDefault(person.UserName));
            db.UserProfiles.Add(profile);
        }

        if (!await db.CalendarDays.AnyAsync(ct))
        {
            db.CalendarDays.AddRange(DemoOrganization.Holidays.Select(h => CalendarDay.Create(h.Date, h.Name, h.Kind)));
        }

        await db.SaveAsAsync(Actor.System, ct);
        return true;
    }
}
