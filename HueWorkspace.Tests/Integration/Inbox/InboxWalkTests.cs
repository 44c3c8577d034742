using HueWorkspace.Domain.Calendar;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Inbox;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Inbox;

/// <summary>
/// Issue 24's "done when" for the inbox: on a freshly seeded instance (the demo organisation, its tasks, documents,
/// datasets and requests), every demo person's "Việc chờ tôi" lists what the seeded states say waits for them — the
/// clerk's documents to present and the letter whose format she checks, the steward's overdue request, the chairman's
/// documents to direct — and, for every person and every record, the inbox's one query per module agrees with asking the
/// record itself who holds its step.
/// </summary>
public sealed class InboxWalkTests(InboxWalkTests.Factory factory) : IClassFixture<InboxWalkTests.Factory>
{
    public sealed class Factory : SignedInFactory
    {
        public Factory()
        {
            DemoDocuments = true;
            DemoDatasets = true;
        }
    }

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    internal static async Task<InboxPage> InboxOfAsync(IServiceProvider services, string user, InboxQuery? query = null)
    {
        var db = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        var actor = await DemoActors.ForAsync(db, user);
        var workflow = TestWorkflow.Of(db, new TestCurrentUser { Actor = actor }, clock: services.GetRequiredService<TimeProvider>());
        return await new InboxService(workflow, services.GetServices<IInboxSource>()).ListAsync(query ?? new InboxQuery(PageSize: 100));
    }

    private static string Line(InboxItem i) => $"{i.Module} {i.Reference} «{i.Title}»: {i.Step}{(i.FollowUp ? " (đôn đốc)" : "")}";

    [Fact]
    public async Task EachDemoPersonsInbox_ListsWhatTheSeededStatesSayWaitsForThem()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        WorkingCalendar calendar;
        await using (var db = await Db.CreateDbContextAsync())
        {
            calendar = await new CalendarDirectory().GetAsync(db, default);
        }

        // The office's clerk: five registered documents to present — each by the day after it arrived (Nghị định 30 Art.
        // 24.1), late after that — and the chairman's conclusions notice, whose format she checks.
        var clerk = await InboxOfAsync(factory.Services, "vp.vanthu");
        var present = clerk.Items.Where(i => i.Module == InboxModule.Incoming).ToList();
        Assert.Equal(5, present.Count);
        Assert.All(present, i => Assert.Equal("Trình", i.Step));
        foreach (var (symbol, daysAgo) in new[] { ("7789/BKHĐT-TH", 6), ("3902/BVHTTDL-DSVH", 3) })
        {
            var item = Assert.Single(present, i => i.Reference!.EndsWith(symbol, StringComparison.Ordinal));
            var due = calendar.AddWorkingDays(today.AddDays(-daysAgo), 1);
            Assert.Equal(due, item.Due);
            Assert.Equal(today > due, item.IsOverdue);
        }

        var format = Assert.Single(clerk.Items, i => i.Module == InboxModule.Outgoing);
        Assert.Equal("Duyệt thể thức", format.Step);
        Assert.StartsWith("Thông báo kết luận của Chủ tịch", format.Title);
        Assert.Equal(clerk.Total, clerk.Counts.Values.Sum());
        Assert.True(clerk.Items.SkipWhile(i => i.IsOverdue).All(i => !i.IsOverdue), "late steps come first");

        // The office's leader follows up each document presented late, and holds no step of the clerk's.
        var lead = await InboxOfAsync(factory.Services, "vp.lanhdao");
        var late = present.Where(i => i.IsOverdue).Select(i => i.RecordId).ToHashSet();
        Assert.NotEmpty(late);
        Assert.Equal(late, lead.Items.Where(i => i.Module == InboxModule.Incoming).Select(i => i.RecordId).ToHashSet());
        Assert.All(lead.Items.Where(i => i.Module == InboxModule.Incoming), i => Assert.True(i.FollowUp && i.Step == "Trình", Line(i)));

        // The science department's data steward: YC-2026-0007 to take up, overdue.
        var steward = await InboxOfAsync(factory.Services, "khcn.dulieu");
        var overdue = Assert.Single(steward.Items, i => i.Reference == "YC-2026-0007");
        Assert.True(overdue.IsOverdue && overdue.Step == "Nhận xem xét" && !overdue.FollowUp, Line(overdue));
        Assert.Contains(steward.Items, i => i.Module == InboxModule.Datasets && i.Step == "Mở phiên thẩm định");

        // The chairman: the documents presented to him, for his direction, and nothing else.
        var chairman = await InboxOfAsync(factory.Services, "chutich");
        Assert.NotEmpty(chairman.Items);
        Assert.All(chairman.Items, i => Assert.True(i.Module == InboxModule.Incoming && i.Step == "Cho ý kiến chỉ đạo", Line(i)));

        // The vice-chairman signs; the finance leader reviews content and sits on the council; the outside company and the
        // administrator have nothing to do.
        Assert.Contains((await InboxOfAsync(factory.Services, "phochutich")).Items, i => i.Module == InboxModule.Outgoing && i.Step == "Ký duyệt");
        var finance = await InboxOfAsync(factory.Services, "tc.lanhdao");
        Assert.Contains(finance.Items, i => i.Module == InboxModule.Outgoing && i.Step == "Duyệt nội dung");
        Assert.Contains(finance.Items, i => i.Module == InboxModule.Councils && i.Step == "Cho ý kiến theo tiêu chí");
        Assert.Equal(0, (await InboxOfAsync(factory.Services, "vnpt.khaithac")).Total);
        Assert.Equal(0, (await InboxOfAsync(factory.Services, "admin")).Total);

        // A page of one module holds only that module, and the pages together hold the module's count.
        var pages = new List<InboxItem>();
        InboxPage page;
        var index = 0;
        do
        {
            page = await InboxOfAsync(factory.Services, "khcn.lanhdao", new InboxQuery(InboxModule.Tasks, index++, 2));
            Assert.True(page.Items.Count <= 2);
            pages.AddRange(page.Items);
        }
        while (page.Items.Count > 0);
        Assert.All(pages, i => Assert.Equal(InboxModule.Tasks, i.Module));
        Assert.True(page.CountOf(InboxModule.Tasks) > 2, "the leader's tasks fill more than one page");
        Assert.Equal(page.CountOf(InboxModule.Tasks), pages.Select(i => (i.RecordId, i.Step)).Distinct().Count());
    }

    /// <summary>The JSON API answers the signed-in person's own inbox, pages it, and refuses an address it cannot read, in Vietnamese.</summary>
    [Fact]
    public async Task TheApi_AnswersThePersonsOwnInbox_AndRefusesABadAddress()
    {
        var steward = await factory.ClientAsync("khcn.dulieu");
        var body = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(steward.Http, "/api/inbox?module=DataRequests&size=100");
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("reference").GetString() == "YC-2026-0007" && i.GetProperty("isOverdue").GetBoolean());
        Assert.All(items, i => Assert.Equal("DataRequests", i.GetProperty("module").GetString()));
        Assert.Equal(items.Count, body.GetProperty("counts").GetProperty("DataRequests").GetInt32());

        var outsider = await factory.ClientAsync("vnpt.khaithac");
        var none = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(outsider.Http, "/api/inbox");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        foreach (var bad in new[] { "?module=Nope", "?module=99", "?module=%00%01", "?page=0", "?page=99999999999", "?size=1000", "?module=Tasks&module=Councils" })
        {
            await Security.BadRequestTests.AssertVietnameseProblemAsync(await steward.Http.GetAsync("/api/inbox" + bad));
        }

        // Refused, and the inbox still answers; a page past the end is an empty page, not an error.
        var past = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(steward.Http, "/api/inbox?page=2147483647&size=100");
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(body.GetProperty("counts").GetProperty("DataRequests").GetInt32(), past.GetProperty("counts").GetProperty("DataRequests").GetInt32());
    }

    /// <summary>
    /// The inbox's query per module is narrowed (so a leader's home does not read every task of the city): for every demo
    /// person it must name exactly the records whose own steps — asked of each record, through the access rule — wait for
    /// them. A narrowing that forgot a case would lose a step here.
    /// </summary>
    [Fact]
    public async Task ForEveryDemoPerson_TheNarrowedQueries_AgreeWithAskingEveryRecord()
    {
        await using var db = await Db.CreateDbContextAsync();
        var tree = await new OrganizationDirectory().TreeAsync(db, default);
        var calendar = await new CalendarDirectory().GetAsync(db, default);
        var today = VietnamTime.Today(TimeProvider.System);
        var records = new Dictionary<InboxModule, List<Guid>>
        {
            [InboxModule.Tasks] = await db.Tasks.Select(t => t.Id).ToListAsync(),
            [InboxModule.Incoming] = await db.IncomingDocuments.Select(d => d.Id).ToListAsync(),
            [InboxModule.Outgoing] = await db.OutgoingDocuments.Select(d => d.Id).ToListAsync(),
            [InboxModule.DataRequests] = await db.DataRequests.Select(r => r.Id).ToListAsync(),
            [InboxModule.Councils] = await db.Councils.Select(c => c.Id).ToListAsync(),
            [InboxModule.Datasets] = await db.Datasets.Select(d => d.Id).ToListAsync(),
        };
        Assert.All(records, r => Assert.NotEmpty(r.Value));
        var sources = factory.Services.GetServices<IInboxSource>().ToDictionary(s => s.Module);
        Assert.Equal(Enum.GetValues<InboxModule>().Order(), sources.Keys.Order());
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null && p.UnitId != null).ToListAsync();
        var held = 0;
        foreach (var person in people.Select(OrgPerson.From).Where(p => p.IsAssigned))
        {
            var slice = new InboxSlice(db, person.AsActor(), tree, today, calendar);
            foreach (var (module, ids) in records)
            {
                var listed = (await sources[module].WaitingForAsync(slice, default)).Select(e => e.RecordId).ToHashSet();
                var asked = new HashSet<Guid>();
                foreach (var id in ids)
                {
                    if ((await sources[module].WaitingOnAsync(slice, id, default)).Any(s => s.WaitsFor(person.Id, today)))
                    {
                        asked.Add(id);
                    }
                }

                Assert.True(asked.SetEquals(listed), $"{person.UserName}, {module}: the inbox lists {listed.Count}, the records say {asked.Count}");
                held += listed.Count;
            }
        }

        Assert.True(held > 50, $"only {held} steps in the whole demo: the test would prove little");
    }
}
