using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Seeding;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Tasks;

/// <summary>
/// The three users of the tasks' access rule agree, for every person of the demo organisation and every demo task:
/// the list (tab "Tất cả"), the detail page by id, and the audience of a live change name the same tasks.
/// </summary>
public sealed class TaskAccessAgreementTests : DatabaseTest
{
    [Fact]
    public async Task ForEveryDemoPerson_TheList_TheDetailById_AndThePushAudience_NameTheSameTasks()
    {
        await DemoTasks.SeedAsync(Db, Clock);
        await using var db = Db.CreateDbContext();
        var tree = await new HueWorkspace.Domain.Organization.OrganizationDirectory().TreeAsync(db, default);
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Units).ToListAsync();
        Assert.True(tasks.Count > 30);
        var audiences = new Dictionary<Guid, IReadOnlySet<Guid>>();
        foreach (var task in tasks)
        {
            audiences[task.Id] = TaskAccess.Rule.Audience(task, tree).ToHashSet();
        }

        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).Select(p => p.UserName!).ToListAsync();
        var checkedSomeoneWhoSeesSome = false;
        foreach (var person in people)
        {
            var actor = await DemoActors.ForAsync(Db, person);
            User.Actor = actor;
            var queries = new TaskQueries(Workflow);

            var listed = actor.IsAssigned
                ? (await queries.ListAsync(new TaskListQuery(TaskTab.All, PageSize: 100))).Items.Select(r => r.Id).ToHashSet()
                : [];
            var byId = new HashSet<Guid>();
            foreach (var task in tasks)
            {
                try
                {
                    await queries.GetAsync(task.Id);
                    byId.Add(task.Id);
                }
                catch (DomainException)
                {
                    // Not found or not signed in: the person may not see it.
                }
            }

            var told = tasks.Where(t => actor.UserId is { } me && audiences[t.Id].Contains(me) && actor.IsAssigned).Select(t => t.Id).ToHashSet();
            Assert.True(listed.SetEquals(byId), $"{person}: list and detail disagree on {string.Join(", ", listed.SymmetricExcept(byId))}");
            Assert.True(byId.SetEquals(told), $"{person}: detail and push audience disagree on {string.Join(", ", byId.SymmetricExcept(told))}");
            checkedSomeoneWhoSeesSome |= listed.Count > 0 && listed.Count < tasks.Count;
        }

        Assert.True(checkedSomeoneWhoSeesSome, "the demo data has people who see some tasks but not all");
    }
}

internal static class SetExtensions
{
    public static IEnumerable<T> SymmetricExcept<T>(this HashSet<T> a, HashSet<T> b)
    {
        var copy = new HashSet<T>(a);
        copy.SymmetricExceptWith(b);
        return copy;
    }
}
