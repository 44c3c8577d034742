using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;

namespace HueWorkspace.Domain.Common;

/// <summary>
/// An aggregate whose changes go through the <see cref="ActionPipeline{TRoot, TRelation, TOperation}"/>: an id, a version
/// (the version the person saw travels with every action) and the one table of what each of its states permits.
/// </summary>
public interface IWorkflowRoot<TOperation> : IVersioned where TOperation : struct, Enum
{
    Guid Id { get; }

    /// <summary>Whether the record's state allows the operation at all, whoever asks (the workflow's table).</summary>
    bool Permits(TOperation operation);

    /// <summary>Refuses an operation the state does not allow, with the aggregate's Vietnamese message; changes nothing.</summary>
    void Require(TOperation operation);
}

/// <summary>
/// The one access rule of an area, in the three forms its users need, side by side so that they cannot drift apart (every
/// area has a test that they agree for every demo person, docs/decisions/0010-workflow-core.md):
/// <list type="number">
/// <item><see cref="RelationOf"/>: how one person stands to one loaded record — the check before every action and page;
/// none means "not found", so an id leaks nothing;</item>
/// <item><see cref="Visible"/>: the records a person may see, as a database query — where every list, export and count starts;</item>
/// <item><see cref="Audience"/>: everyone who may see one record — who is told live that it changed.</item>
/// </list>
/// Which relation may take which operation (<see cref="Allows"/>) sits beside them, with the Vietnamese refusal of each.
/// Every switch over an operation, a state or a role in a rule lists every case: a new member is a build error until it is
/// handled (CS8509), never a silent grant or refusal.
/// </summary>
public abstract class AccessRule<TRecord, TRelation, TOperation>
    where TRecord : class, IWorkflowRoot<TOperation>
    where TRelation : struct, Enum
    where TOperation : struct, Enum
{
    /// <summary>What a person is told of a record that does not exist or that they may not know exists.</summary>
    public abstract string NotFoundMessage { get; }

    /// <summary>Form 1: the relation of one person to one record (with what the rule reads of it loaded).</summary>
    public abstract TRelation RelationOf(Actor actor, TRecord record, OrgTree tree);

    /// <summary>Which relations may take an operation on this record (its state has its say in <see cref="IWorkflowRoot{T}.Permits"/>).</summary>
    public abstract bool Allows(TRelation relation, TOperation operation, TRecord record);

    /// <summary>Form 2: the records a person may see, written so that the database starts from an index.</summary>
    public abstract IQueryable<TRecord> Visible(WorkspaceDbContext db, Actor actor, OrgTree tree);

    /// <summary>Form 3: everyone who may see the record, from the organisation in memory (nothing is read).</summary>
    public virtual IReadOnlyCollection<Guid> Audience(TRecord record, OrgTree tree) =>
        tree.People.Where(p => p.IsAssigned && !IsNone(RelationOf(p.AsActor(), record, tree))).Select(p => p.Id).ToHashSet();

    /// <summary>The refusal of a person who stands to the record, but not in a way the operation needs.</summary>
    protected abstract string Refusal(TOperation operation);

    public static bool IsNone(TRelation relation) => EqualityComparer<TRelation>.Default.Equals(relation, default);

    /// <summary>Refuses a person without the relation the operation needs; someone with no relation at all gets "not found".</summary>
    public void Demand(TRelation relation, TOperation operation, TRecord record)
    {
        if (IsNone(relation))
        {
            throw new NotFoundException(NotFoundMessage);
        }

        if (!Allows(relation, operation, record))
        {
            throw new ForbiddenException(Refusal(operation));
        }
    }

    /// <summary>
    /// Who holds a step of the record now (what its inbox and its page say, docs/decisions/0011-inbox.md): the people of its
    /// <see cref="Audience"/>, narrowed by <paramref name="among"/> (the handler of one unit, the person who asked), whose
    /// relation this rule lets take <paramref name="operation"/>, while the record's state permits it. The rule decides;
    /// the workflow only names the step it waits for.
    /// </summary>
    public IReadOnlyList<Guid> Holders(TRecord record, TOperation operation, OrgTree tree, Func<OrgPerson, bool>? among = null) =>
        !record.Permits(operation) ? [] : Audience(record, tree).Select(tree.Person).OfType<OrgPerson>()
            .Where(p => p.IsAssigned && (among is null || among(p)) && Allows(RelationOf(p.AsActor(), record, tree), operation, record))
            .Select(p => p.Id).ToList();

    /// <summary>The operations this person may take on this record now: their relation and the record's state both allow it.</summary>
    public IReadOnlyList<TOperation> Allowed(TRelation relation, TRecord record) =>
        IsNone(relation) ? [] : Enum.GetValues<TOperation>().Where(op => Allows(relation, op, record) && record.Permits(op)).ToList();
}
