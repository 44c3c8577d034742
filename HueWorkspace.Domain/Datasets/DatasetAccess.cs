using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Domain.Datasets;

[Flags]
public enum DatasetRelation
{
    None = 0,

    /// <summary>Any civil servant of the city: reads the registered catalogue.</summary>
    Staff = 1,

    /// <summary>Works in the owner unit.</summary>
    OwnerMember = 2,

    /// <summary>The owner unit's leader or data officer: describes, registers, keeps it current, publishes it.</summary>
    Steward = 4,

    /// <summary>Works in the platform authority (the regulation's Sở TT&amp;TT, now Sở KH&amp;CN).</summary>
    PlatformAuthority = 8,

    /// <summary>The platform authority's leader or data officer: opens reviews.</summary>
    PlatformSteward = 16,

    /// <summary>An outside requester (Art. 27.2): sees certified, non-secret datasets only.</summary>
    Requester = 32,
}

/// <summary>
/// Who sees and changes a dataset: a draft only its owner unit; a state secret its owner unit and the platform
/// authority; the rest of the catalogue every civil servant; certified (and published) non-secret datasets also the
/// outside requesters. The owner's stewards change it; the platform authority's stewards open reviews.
/// </summary>
public sealed class DatasetAccess : AccessRule<Dataset, DatasetRelation, DatasetOperation>
{
    public const string NotFound = "Không tìm thấy bộ dữ liệu, hoặc bạn không có quyền xem.";

    private DatasetAccess()
    {
    }

    public static DatasetAccess Rule { get; } = new();

    public override string NotFoundMessage => NotFound;

    private static bool IsSteward(Actor actor) => actor.IsInAnyRole(Role.UnitLeader, Role.DataOfficer);

    /// <summary>An outside organisation's data requester (Art. 27.2), not one of the city's staff.</summary>
    public static bool IsRequester(Actor actor) => actor.IsAssigned && actor.IsOutsider;

    public override DatasetRelation RelationOf(Actor actor, Dataset d, OrgTree tree)
    {
        if (!actor.IsAssigned)
        {
            return DatasetRelation.None;
        }

        if (IsRequester(actor))
        {
            return d.State is DatasetState.Certified or DatasetState.Published && !d.IsStateSecret ? DatasetRelation.Requester : DatasetRelation.None;
        }

        var unit = actor.UnitId!.Value;
        var relation = DatasetRelation.None;
        if (unit == d.OwnerUnitId)
        {
            relation |= DatasetRelation.OwnerMember | (IsSteward(actor) ? DatasetRelation.Steward : 0);
        }

        if (tree.PlatformAuthority?.Id == unit)
        {
            relation |= DatasetRelation.PlatformAuthority | (IsSteward(actor) ? DatasetRelation.PlatformSteward : 0);
        }

        var seen = d.State == DatasetState.Draft ? relation.HasFlag(DatasetRelation.OwnerMember)
            : !d.IsStateSecret || relation != DatasetRelation.None;
        return seen ? relation | DatasetRelation.Staff : DatasetRelation.None;
    }

    public override bool Allows(DatasetRelation r, DatasetOperation operation, Dataset d) => Allows(r, operation);

    public static bool Allows(DatasetRelation r, DatasetOperation operation) => r != DatasetRelation.None && operation switch
    {
        DatasetOperation.View => true,
        DatasetOperation.OpenReview => r.HasFlag(DatasetRelation.PlatformSteward),
        DatasetOperation.Edit or DatasetOperation.Register or DatasetOperation.RecordUpdate or DatasetOperation.Publish => r.HasFlag(DatasetRelation.Steward),
    };

    protected override string Refusal(DatasetOperation operation) => operation switch
    {
        DatasetOperation.OpenReview => "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của cơ quan quản lý nền tảng được mở phiên thẩm định.",
        DatasetOperation.View or DatasetOperation.Edit or DatasetOperation.Register or DatasetOperation.RecordUpdate or DatasetOperation.Publish =>
            "Chỉ lãnh đạo hoặc cán bộ quản lý dữ liệu của đơn vị chủ trì được thay đổi bộ dữ liệu.",
    };

    /// <summary>The same rule as <see cref="RelationOf"/>, as a query.</summary>
    public override IQueryable<Dataset> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree)
    {
        var datasets = db.Datasets.AsNoTracking();
        if (!actor.IsAssigned)
        {
            return datasets.Where(d => false);
        }

        if (IsRequester(actor))
        {
            return datasets.Where(d => (d.State == DatasetState.Certified || d.State == DatasetState.Published) && !d.IsStateSecret);
        }

        var unit = actor.UnitId!.Value;
        var platform = tree.PlatformAuthority?.Id == unit;
        return datasets.Where(d => d.OwnerUnitId == unit || d.State != DatasetState.Draft && (!d.IsStateSecret || platform));
    }
}
