using HueWorkspace.Web.Components.Shared;
using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Features.DataRequests;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.DataRequests;

/// <summary>The data request's action panel offers each side only its own step, and sends the version the form was opened on.</summary>
public sealed class RequestActionsTests : BunitContext
{
    private readonly List<RequestOperation> _sent = [];

    public RequestActionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new OrganizationService(null!, null!, TimeProvider.System, null!)); // not reached: no transfer in these tests
    }

    private static readonly Actor Requester = new(Guid.NewGuid(), "Đinh Công Tráng", Guid.NewGuid(), new HashSet<Role> { Role.DataRequester });

    /// <summary>A request of VNPT Huế, sent and then asked a question (the clock paused).</summary>
    private static DataRequest Asked()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var r = DataRequest.Start(Requester.UnitId!.Value, Requester, DateTime.UtcNow);
        r.Keep(new RequestForm("Đinh Công Tráng", null, null, "Danh sách trạm y tế", Guid.NewGuid(), "Tên, địa chỉ", "Bản đồ", "QĐ 41/2024", RequestMethod.File,
            RequestFrequency.Once, today, today.AddMonths(1), false, true), [], Guid.NewGuid());
        r.Submit("YC-2026-0001", Requester, DateTime.UtcNow, today, today.AddDays(7));
        r.AskQuestion("Dữ liệu dùng ở đâu?", 4, new Actor(Guid.NewGuid(), "Trần Văn Dũng", Guid.NewGuid(), new HashSet<Role> { Role.DataOfficer }), DateTime.UtcNow);
        return r;
    }

    private static RequestDetail DetailFor(DataRequest r, RequestRelation relation) =>
        new(r, "VNPT Huế", "Sở Y tế", relation, DataRequestAccess.Rule.Allowed(relation, r), Array.Empty<StoredFileInfo>(), [], false);

    private IRenderedComponent<RequestActions> RenderActions(RequestDetail detail, string? refusal = null) => Render<RequestActions>(p => p
        .Add(a => a.Detail, detail)
        .Add(a => a.OnAction, action =>
        {
            _sent.Add(action.Operation);
            return Task.FromResult(new ActionOutcome(refusal));
        }));

    private static IEnumerable<string> Buttons(IRenderedComponent<RequestActions> actions) =>
        actions.FindAll("[data-testid^=rq-action-]").Select(b => b.GetAttribute("data-testid")!).Where(t => t != "rq-action-form");

    [Fact]
    public void WhileAQuestionWaits_TheRequesterMayOnlyAnswer_AndTheStewardOnlyComment()
    {
        var r = Asked();
        Assert.Equal(["rq-action-Answer"], Buttons(RenderActions(DetailFor(r, RequestRelation.Requester))));
        Assert.Equal(["rq-action-Comment"], Buttons(RenderActions(DetailFor(r, RequestRelation.Steward))));
    }

    [Fact]
    public void ARefusedAction_KeepsItsFormOpen_WithTheReason()
    {
        var actions = RenderActions(DetailFor(Asked(), RequestRelation.Requester), "Vui lòng nhập nội dung bổ sung.");
        actions.Find("[data-testid=rq-action-Answer]").Click();
        actions.Find("[data-testid=rq-confirm]").Click();
        Assert.Equal([RequestOperation.Answer], _sent);
        Assert.Contains("Vui lòng nhập nội dung bổ sung.", actions.Markup);
        Assert.NotNull(actions.Find("[data-testid=rq-action-form]"));
    }

    [Fact]
    public void ADoneAction_ClosesItsForm()
    {
        var actions = RenderActions(DetailFor(Asked(), RequestRelation.Requester));
        actions.Find("[data-testid=rq-action-Answer]").Click();
        actions.Find("[data-testid=rq-confirm]").Click();
        Assert.Empty(actions.FindAll("[data-testid=rq-action-form]"));
    }
}
