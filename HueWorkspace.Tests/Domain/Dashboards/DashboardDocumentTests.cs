using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Documents;

namespace HueWorkspace.Tests.Domain.Dashboards;

/// <summary>
/// The documents' indicators with a known answer: two letters registered by the People's Committee office this month,
/// one directed to Sở KH&amp;CN and handled by its deadline, one left registered.
/// </summary>
public sealed class DashboardDocumentTests : IncomingTest
{
    private DashboardQueries Dashboards => TestWorkflow.Dashboard(Workflow);

    [Fact]
    public async Task LettersReceived_AndOneHandledOnTimeThroughItsDirection_AreCountedForTheOfficesRow()
    {
        await ActAsAsync("chutich");
        var before = await Dashboards.GetAsync(new DashboardQuery());

        var directed = await PresentedAsync();
        await RegisterAsync(letter: await LetterAsync(symbol: "88/UBND-VP", issuer: "Ủy ban nhân dân tỉnh Quảng Trị"));
        await ActAsAsync("chutich");
        var khcn = await DemoActors.UnitIdAsync(Db, "SKHCN");
        var taskId = (await Documents.DirectAsync(directed, await DocumentVersionAsync(directed),
            new DirectIncoming("Giao Sở KH&CN chủ trì.", new TaskUnitDue(khcn, "", Today.AddDays(10)), null)))!.Value;

        await ActAsAsync("khcn.lanhdao");
        await Service.AssignHandlerAsync(taskId, await VersionAsync(taskId), khcn, await DemoActors.UserIdAsync(Db, "khcn.chuyenvien"), Today.AddDays(8));
        await As("khcn.chuyenvien", v => Service.StartAsync(taskId, v), taskId);
        await As("khcn.chuyenvien", v => Service.SubmitAsync(taskId, v, "Đã báo cáo."), taskId);
        await As("chutich", v => Service.ApproveAsync(taskId, v, null), taskId);

        await ActAsAsync("chutich");
        var after = await Dashboards.GetAsync(new DashboardQuery());
        var documents = after.Current.Documents;
        Assert.Equal(before.Current.Documents with { Received = before.Current.Documents.Received + 2, Handled = before.Current.Documents.Handled + 1,
            HandledOnTime = before.Current.Documents.HandledOnTime + 1 }, documents);
        // Received where it was registered (the office); handled where its task was led (Sở KH&CN).
        var office = await DemoActors.UnitIdAsync(Db, "VPUBND");
        Assert.Equal(before.ByUnit.Single(r => r.UnitId == office).Current.Documents.Received + 2, after.ByUnit.Single(r => r.UnitId == office).Current.Documents.Received);
        Assert.Equal(before.ByUnit.Single(r => r.UnitId == khcn).Current.Documents.Handled + 1, after.ByUnit.Single(r => r.UnitId == khcn).Current.Documents.Handled);

        // The office's number is the list it opens: registered there within the month.
        var list = await DocumentQueries.ListAsync(new IncomingListQuery(From: after.Period.From, To: after.Period.To, UnitWithin: office));
        Assert.Equal(after.ByUnit.Single(r => r.UnitId == office).Current.Documents.Received, list.Total);

        // The department's own leader sees the document it handled, not the office's register.
        await ActAsAsync("khcn.lanhdao");
        var department = (await Dashboards.GetAsync(new DashboardQuery())).Current.Documents;
        Assert.Equal((0, 1, 1), (department.Received, department.Handled, department.HandledOnTime));
    }
}
