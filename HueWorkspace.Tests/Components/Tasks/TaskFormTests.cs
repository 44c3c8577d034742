using Bunit;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Web.Components.Shared;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Tasks;

/// <summary>The "giao việc" form refuses what it can see is wrong before anything is sent.</summary>
public sealed class TaskFormTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly TaskFormOptions _options;
    private readonly Guid _department;
    private readonly Guid _finance;
    private CreateTask? _submitted;

    public TaskFormTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization();
        Services.AddSingleton(TestFiles.Service());
        var units = new UnitBuilder();
        var city = units.Add("UBND", kind: HueWorkspace.Domain.Organization.UnitKind.PeoplesCommittee, name: "UBND thành phố Huế");
        _department = units.Add("SKHCN", city, name: "Sở Khoa học và Công nghệ").Id;
        _finance = units.Add("STC", city, name: "Sở Tài chính").Id;
        _options = new TaskFormOptions(units.Build().Flatten(), null, null, null, Today);
    }

    private IRenderedComponent<TaskForm> RenderForm(string? error = null)
    {
        Render<MudPopoverProvider>();
        return Render<TaskForm>(p => p
            .Add(f => f.Options, _options)
            .Add(f => f.Error, error)
            .Add(f => f.OnSubmit, (CreateTask c) => _submitted = c));
    }

    private static async Task FillAsync(IRenderedComponent<TaskForm> form, string title, Guid lead, DateOnly due)
    {
        form.Find("input[data-testid=title]").Input(title);
        var leadSelect = form.FindComponents<UnitSelect>()[0];
        await form.InvokeAsync(() => leadSelect.Instance.ValueChanged.InvokeAsync(lead));
        var picker = form.FindComponents<MudDatePicker>()[0];
        await form.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(due.ToDateTime(TimeOnly.MinValue)));
    }

    private static async Task AddCoordinatorAsync(IRenderedComponent<TaskForm> form, Guid? unit, DateOnly? due)
    {
        form.Find("[data-testid=add-coordinator]").Click();
        if (unit is not null)
        {
            var select = form.FindComponents<UnitSelect>()[^1];
            await form.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(unit));
        }

        if (due is not null)
        {
            var picker = form.FindComponents<MudDatePicker>()[^1];
            await form.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(due.Value.ToDateTime(TimeOnly.MinValue)));
        }
    }

    private static string Error(IRenderedComponent<TaskForm> form) => form.Find("[data-testid=error]").TextContent;

    [Fact]
    public void AnEmptyForm_IsNotSent_AndSaysWhatIsMissing()
    {
        var form = RenderForm();
        form.Find("[data-testid=submit]").Click();
        form.WaitForAssertion(() => Assert.Contains("Vui lòng kiểm tra lại", Error(form)));
        Assert.Contains("Vui lòng nhập tên công việc.", form.Markup);
        Assert.Null(_submitted);
    }

    [Fact]
    public async Task ALeadUnitAlsoCoordinating_IsRefusedBeforeSending()
    {
        var form = RenderForm();
        await FillAsync(form, "Báo cáo chuyển đổi số", _department, Today.AddDays(10));
        await AddCoordinatorAsync(form, _department, Today.AddDays(5));
        form.Find("[data-testid=submit]").Click();
        form.WaitForAssertion(() => Assert.Contains("không được đồng thời là đơn vị phối hợp", Error(form)));
        Assert.Null(_submitted);
    }

    [Fact]
    public async Task AnIncompleteCoordinatorRow_IsRefusedBeforeSending()
    {
        var form = RenderForm();
        await FillAsync(form, "Báo cáo chuyển đổi số", _department, Today.AddDays(10));
        await AddCoordinatorAsync(form, _finance, null);
        form.Find("[data-testid=submit]").Click();
        form.WaitForAssertion(() => Assert.Contains("mỗi đơn vị phối hợp", Error(form)));
        Assert.Null(_submitted);
    }

    [Fact]
    public async Task ACompleteForm_IsSentAsOneCommand()
    {
        var form = RenderForm();
        await FillAsync(form, "  Báo cáo chuyển đổi số  ", _department, Today.AddDays(10));
        await AddCoordinatorAsync(form, _finance, Today.AddDays(7));
        form.Find("[data-testid=submit]").Click();
        form.WaitForAssertion(() => Assert.NotNull(_submitted));
        Assert.Equal(new TaskUnitDue(_department, "", Today.AddDays(10)), _submitted!.Lead);
        Assert.Equal([new TaskUnitDue(_finance, "", Today.AddDays(7))], _submitted.Coordinators);
        Assert.Equal(TaskSource.Direct, _submitted.Source);
    }

    [Fact]
    public void TheServicesRefusal_IsShown()
    {
        var form = RenderForm(error: "Hạn xử lý của đơn vị chủ trì không được ở trong quá khứ.");
        Assert.Contains("không được ở trong quá khứ", Error(form));
    }
}
