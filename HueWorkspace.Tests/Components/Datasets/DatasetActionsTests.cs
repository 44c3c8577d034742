using HueWorkspace.Web.Components.Shared;
using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Features.Datasets;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Datasets;

/// <summary>The dataset's action panel: the owner's steward registers a draft; anyone else is offered nothing; a refusal keeps the form.</summary>
public sealed class DatasetActionsTests : BunitContext
{
    private readonly List<DatasetOperation> _sent = [];

    public DatasetActionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new CouncilQueries(null!)); // not reached: no council is opened here
    }

    private static Dataset Draft()
    {
        var steward = new Actor(Guid.NewGuid(), "Trần Văn Dũng", Guid.NewGuid(), new HashSet<Role> { Role.DataOfficer });
        return Dataset.Create(new DatasetInput("Cơ sở khám bệnh, chữa bệnh", "Danh sách cơ sở được cấp phép.", DatasetType.SectorData,
            [new FieldInput("Tên cơ sở", FieldType.Text, null, false)], [], null, UpdateFrequency.Monthly, "Phòng Kế hoạch", true, false, null, null),
            steward.UnitId!.Value, null, steward, DateTime.UtcNow);
    }

    private IRenderedComponent<DatasetActions> RenderActions(Dataset d, DatasetRelation relation, string? refusal = null) => Render<DatasetActions>(p => p
        .Add(a => a.Detail, new DatasetDetail(d, "Sở Y tế", relation, DatasetAccess.Rule.Allowed(relation, d), [], null, Array.Empty<StoredFileInfo>(), [], false, "Sở KH&CN"))
        .Add(a => a.OnAction, action =>
        {
            _sent.Add(action.Operation);
            return Task.FromResult(new ActionOutcome(refusal));
        }));

    [Fact]
    public void TheOwnersSteward_IsOfferedToRegisterADraft_AndAMemberOfAnotherUnitNothing()
    {
        var d = Draft();
        var steward = RenderActions(d, DatasetRelation.OwnerMember | DatasetRelation.Steward);
        Assert.Contains("ds-action-Register", steward.FindAll("[data-testid^=ds-action-]").Select(b => b.GetAttribute("data-testid")));
        Assert.Empty(RenderActions(d, DatasetRelation.None).FindAll("[data-testid^=ds-action-]"));
    }

    [Fact]
    public void ARefusedRegistration_KeepsTheFormOpen_WithTheReason()
    {
        var actions = RenderActions(Draft(), DatasetRelation.OwnerMember | DatasetRelation.Steward, "Bộ dữ liệu gần trùng với một bộ đã có; vui lòng nêu lý do.");
        actions.Find("[data-testid=ds-action-Register]").Click();
        actions.Find("[data-testid=ds-confirm]").Click();
        Assert.Equal([DatasetOperation.Register], _sent);
        Assert.Contains("gần trùng", actions.Markup);
        Assert.NotNull(actions.Find("[data-testid=ds-action-form]"));
    }
}
