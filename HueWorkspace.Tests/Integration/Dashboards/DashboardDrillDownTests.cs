using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Authorization;
using HueWorkspace.Web.Features.Dashboards;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Dashboards;

/// <summary>From the whole to the detail (Decision 41 Art. 18) on the developer's full demo: every number the dashboard shows opens a list that holds as many records, and each of them opens.</summary>
public sealed class DashboardDrillDownTests(DashboardDrillDownTests.Factory factory) : IClassFixture<DashboardDrillDownTests.Factory>
{
    public sealed class Factory : SignedInFactory
    {
        public Factory()
        {
            DemoDocuments = true;
            DemoDatasets = true;
        }
    }

    /// <summary>The figures of a scope and the list each opens (Art. 18: from the whole to the detail).</summary>
    private static IEnumerable<(string Name, int Figure, string List)> Drills(Guid? unit, Figures f, DashboardPeriod p) =>
    [
        ("tasks assigned", f.Tasks.Assigned, DashboardLinks.TasksAssigned(unit, p)),
        ("tasks completed", f.Tasks.Completed, DashboardLinks.TasksCompleted(unit, p)),
        ("tasks overdue", f.Tasks.OverdueNow, DashboardLinks.TasksOverdue(unit)),
        ("documents received", f.Documents.Received, DashboardLinks.Incoming(unit, p)),
        ("documents handled", f.Documents.Handled, DashboardLinks.DocumentsHandled(unit, p)),
        ("documents overdue", f.Documents.OverdueNow, DashboardLinks.DocumentsOverdue(unit)),
        ("documents issued", f.Documents.Issued, DashboardLinks.Issued(unit, p)),
        ("requests received", f.Requests.Received, DashboardLinks.Requests(unit, p)),
        ("requests refused", f.Requests.Refused, DashboardLinks.RequestsRefused(unit, p)),
        ("datasets registered", f.Datasets.Registered, DashboardLinks.Datasets(unit, DatasetEvent.Registered, p)),
        ("datasets certified", f.Datasets.Certified, DashboardLinks.Datasets(unit, DatasetEvent.Certified, p)),
        ("datasets published", f.Datasets.Published, DashboardLinks.Datasets(unit, DatasetEvent.Published, p)),
    ];

    /// <summary>Every record of a list, page by page through the JSON API.</summary>
    private static async Task<(int Total, List<Guid> Ids)> ListAsync(SignInClient client, string list)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var address = QueryHelpers.AddQueryString("/api" + list, new Dictionary<string, string?> { ["size"] = "100", ["page"] = $"{page}" });
            var body = await client.Http.GetFromJsonAsync<JsonElement>(address);
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
            ids.AddRange(items);
            var total = body.GetProperty("total").GetInt32();
            if (items.Count == 0 || ids.Count >= total)
            {
                return (total, ids);
            }
        }
    }

    /// <summary>
    /// Issue 22's "done when": the chairman drills from every figure of the dashboard (the whole administration and each
    /// unit's row) into its module's list through the JSON API, gets as many records as the figure says, and opens every
    /// record the whole-administration figures count. The API reads the same address as the page.
    /// </summary>
    [Fact]
    public async Task TheChairman_DrillsFromEveryFigure_IntoTheApiList_AndOpensEveryRecordItCounts()
    {
        var client = await factory.ClientAsync(AuthorizationMatrixTests.CityLeader);
        var d = await DashboardForAsync(factory.Services, AuthorizationMatrixTests.CityLeader, new DashboardQuery(PeriodKind.Year));
        var opened = 0;
        foreach (var (name, figure, list) in Drills(d.Scope.UnitId, d.Current, d.Period))
        {
            var (total, ids) = await ListAsync(client, list);
            Assert.True(figure == total, $"{name}: the dashboard says {figure}, {list} lists {total}");
            Assert.Equal(total, ids.Distinct().Count());
            var record = "/api" + list[..list.IndexOf('?')];
            foreach (var id in ids)
            {
                var response = await client.Http.GetAsync($"{record}/{id}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {record}/{id} answers {(int)response.StatusCode}");
                opened++;
            }
        }

        Assert.True(opened > 20, $"the demo's year opens only {opened} records: the test would prove little");
        // The demo's directed documents are still being handled, none late: those two lists are rightly empty.
        Assert.All(Drills(d.Scope.UnitId, d.Current, d.Period).Where(x => x.Name is not ("documents handled" or "documents overdue")),
            x => Assert.True(x.Figure > 0, $"the demo's year has no {x.Name}: that drill would prove nothing"));
        // The scope's own row ("directly at the People's Committee") has no link: its records are the unit's own, not those below.
        foreach (var row in d.ByUnit.Where(r => r.UnitId != d.Scope.UnitId))
        {
            foreach (var (name, figure, list) in Drills(row.UnitId, row.Current, d.Period))
            {
                Assert.True(figure == (await ListAsync(client, list)).Total, $"{row.Name}, {name}: the dashboard says {figure}, {list} lists otherwise");
            }
        }
    }

    /// <summary>
    /// The dataset by id (new in issue 22) answers what the dataset's own rule lets the person see: another unit's draft
    /// and a dataset that does not exist are "not found" in Vietnamese, a hostile list address is refused, and the list
    /// still answers.
    /// </summary>
    [Fact]
    public async Task ADatasetById_FollowsTheDatasetsRule_AndAHostileAddressIsRefused()
    {
        Guid draft, certified;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            draft = await db.Datasets.Where(d => d.State == DatasetState.Draft).Select(d => d.Id).FirstAsync();
            certified = await db.Datasets.Where(d => d.State == DatasetState.Certified && !d.IsStateSecret).Select(d => d.Id).FirstAsync();
        }

        var outsider = await factory.ClientAsync("vnpt.khaithac");
        Assert.Equal(HttpStatusCode.OK, (await outsider.Http.GetAsync($"/api/datasets/{certified}")).StatusCode);
        foreach (var id in new[] { draft, Guid.NewGuid() })
        {
            Assert.Contains("Không tìm thấy", await Security.BadRequestTests.AssertVietnameseProblemAsync(await outsider.Http.GetAsync($"/api/datasets/{id}"), HttpStatusCode.NotFound));
        }

        foreach (var hostile in new[] { "?on=99", "?to=9999-12-31", "?unit=%00%01", "?state=Draft%01" })
        {
            await Security.BadRequestTests.AssertVietnameseProblemAsync(await outsider.Http.GetAsync("/api/datasets" + hostile));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync("/api/datasets/not-a-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.Http.GetAsync("/api/datasets")).StatusCode);
    }

    /// <summary>The dashboard a demo person sees on this host's database and clock.</summary>
    internal static async Task<Dashboard> DashboardForAsync(IServiceProvider services, string user, DashboardQuery query)
    {
        var db = services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();
        var actor = await DemoActors.ForAsync(db, user);
        return await TestWorkflow.Dashboard(TestWorkflow.Of(db, new TestCurrentUser { Actor = actor }, clock: services.GetRequiredService<TimeProvider>())).GetAsync(query);
    }
}
