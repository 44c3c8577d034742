using HueWorkspace.Web.Components.Shared;
using Bunit;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Features.Documents;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HueWorkspace.Tests.Components.Documents;

/// <summary>The outgoing action panel offers only this person's step, and a signature names its capacity before it is sent.</summary>
public sealed class OutgoingActionsTests : BunitContext
{
    private readonly List<OutgoingOperation> _sent = [];

    public OutgoingActionsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    private static OutgoingDocument AwaitingSignature()
    {
        var unit = Unit.Create("SKHCN", "Sở Khoa học và Công nghệ", UnitKind.Department, null, new DateOnly(2025, 3, 1));
        var head = UserProfile.FromSignIn("head", "Đặng Ngọc Bảo", null, "khcn.lanhdao", DateTime.UtcNow);
        head.Assign(unit.Id, [Role.UnitLeader]);
        var drafter = new Actor(Guid.NewGuid(), "Lê Thị Hồng Nhung", unit.Id, new HashSet<Role> { Role.Specialist });
        var draft = new DraftOutgoing(unit.Id, DocumentType.CongVan, "Về việc thử", DocumentUrgency.Thuong, DocumentConfidentiality.Thuong, head.Id, [], ["Bộ KH&CN"], null);
        var d = OutgoingDocument.Draft(draft, unit, unit.Id, head, [], drafter, Guid.NewGuid(), DateTime.UtcNow);
        d.Submit(drafter, DateTime.UtcNow, null);
        d.ApproveContent(new Actor(head.Id, head.FullName, unit.Id, new HashSet<Role> { Role.UnitLeader }), DateTime.UtcNow, null);
        d.ApproveFormat(new Actor(Guid.NewGuid(), "Phan Thị Mỹ", unit.Id, new HashSet<Role> { Role.Clerk }), DateTime.UtcNow, null);
        return d;
    }

    private static OutgoingDetail DetailFor(OutgoingDocument d, OutgoingRelation relation, IReadOnlyList<SigningCapacity> capacities) =>
        new(d, "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", relation, OutgoingAccess.Rule.Allowed(relation, d), Array.Empty<StoredFileInfo>(), [], [], null, [], capacities);

    private IRenderedComponent<OutgoingActions> RenderActions(OutgoingDetail detail) => Render<OutgoingActions>(p => p
        .Add(a => a.Detail, detail)
        .Add(a => a.OnAction, async action =>
        {
            _sent.Add(action.Operation);
            try
            {
                // The service's one dispatch checks the capacity before the pipeline reaches anything.
                await new OutgoingService(null!, null!).RunAsync(detail.Document.Id, action);
                return new ActionOutcome(null);
            }
            catch (DomainException ex)
            {
                return new ActionOutcome(ex.Message);
            }
        }));

    [Fact]
    public void TheSigner_IsOfferedToSignOrReturn_AndTheDrafterNothing()
    {
        var d = AwaitingSignature();
        var signer = RenderActions(DetailFor(d, OutgoingRelation.Signer, [SigningCapacity.Direct]));
        Assert.Equal(["out-action-Sign", "out-action-Return"], signer.FindAll("[data-testid^=out-action-]").Select(b => b.GetAttribute("data-testid")!));

        var drafter = RenderActions(DetailFor(d, OutgoingRelation.Drafter, []));
        Assert.Empty(drafter.FindAll("[data-testid^=out-action-]"));
    }

    [Fact]
    public void ASignatureWithoutACapacity_IsNotSent_AndSaysWhy()
    {
        var d = AwaitingSignature();
        var actions = RenderActions(DetailFor(d, OutgoingRelation.Signer, [SigningCapacity.KT, SigningCapacity.TUQ]));
        actions.Find("[data-testid=out-action-Sign]").Click();
        Assert.NotNull(actions.Find("[data-testid=capacity]"));
        actions.Find("[data-testid=out-confirm]").Click();
        Assert.Contains("Vui lòng chọn thẩm quyền ký.", actions.Markup);
        Assert.Equal([OutgoingOperation.Sign], _sent);
        Assert.NotNull(actions.Find("[data-testid=out-action-form]"));
    }

    [Fact]
    public void WithNoCapacityToday_TheSignerIsToldBeforeTrying()
    {
        var actions = RenderActions(DetailFor(AwaitingSignature(), OutgoingRelation.Signer, []));
        actions.Find("[data-testid=out-action-Sign]").Click();
        Assert.Contains("Bạn chưa có thẩm quyền ký", actions.Markup);
    }
}
