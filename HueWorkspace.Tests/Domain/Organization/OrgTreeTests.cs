using HueWorkspace.Domain.Organization;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Organization;

public sealed class OrgTreeTests
{
    private readonly UnitBuilder _b = new();
    private readonly Unit _city;
    private readonly Unit _science;
    private readonly Unit _ioc;
    private readonly Unit _finance;
    private readonly Unit _ward;
    private readonly Unit _external;

    public OrgTreeTests()
    {
        _city = _b.Add("UBND", kind: UnitKind.PeoplesCommittee);
        _science = _b.Add("SKHCN", _city);
        _ioc = _b.Add("IOC", _science, UnitKind.Centre);
        _finance = _b.Add("STC", _city);
        _ward = _b.Add("P-PHUXUAN", _city, UnitKind.CommuneWard);
        _external = _b.Add("VNPT", kind: UnitKind.ExternalOrganisation);
    }

    [Fact]
    public void Subtree_HoldsTheUnitAndEverythingBelowIt()
    {
        var tree = _b.Build();
        Assert.Equal([_science.Id, _ioc.Id], tree.Subtree(_science.Id).Select(u => u.Id));
        Assert.Equal(5, tree.Subtree(_city.Id).Count);
        Assert.Single(tree.Subtree(_ioc.Id));
        Assert.Empty(tree.Subtree(Guid.NewGuid()));
    }

    [Fact]
    public void Ancestors_RunFromTheParentUpToTheRoot()
    {
        var tree = _b.Build();
        Assert.Equal([_science.Id, _city.Id], tree.Ancestors(_ioc.Id).Select(u => u.Id));
        Assert.Empty(tree.Ancestors(_city.Id));
        Assert.Equal(2, tree.Depth(_ioc.Id));
    }

    [Fact]
    public void IsWithin_IsTrueForItselfAndDescendantsOnly()
    {
        var tree = _b.Build();
        Assert.True(tree.IsWithin(_ioc.Id, _city.Id));
        Assert.True(tree.IsWithin(_science.Id, _science.Id));
        Assert.False(tree.IsWithin(_finance.Id, _science.Id));
        Assert.False(tree.IsWithin(_city.Id, _ioc.Id));
        Assert.False(tree.IsWithin(_external.Id, _city.Id));
    }

    [Fact]
    public void CanMove_RefusesAMoveUnderItselfOrItsDescendants()
    {
        var tree = _b.Build();
        Assert.False(tree.CanMove(_science.Id, _ioc.Id));
        Assert.False(tree.CanMove(_science.Id, _science.Id));
        Assert.True(tree.CanMove(_ioc.Id, _finance.Id));
        Assert.True(tree.CanMove(_ward.Id, null));
        Assert.False(tree.CanMove(_ward.Id, Guid.NewGuid()));
    }

    [Fact]
    public void Flatten_ListsEveryUnitOnceWithItsDepth_ParentsBeforeChildren()
    {
        var flat = _b.Build().Flatten();
        Assert.Equal(6, flat.Count);
        var index = flat.Select((x, i) => (x.Unit.Id, i)).ToDictionary(x => x.Id, x => x.i);
        Assert.True(index[_science.Id] < index[_ioc.Id]);
        Assert.Equal(2, flat.Single(x => x.Unit.Id == _ioc.Id).Depth);
        Assert.Equal(0, flat.Single(x => x.Unit.Id == _external.Id).Depth);
    }

    [Fact]
    public void ClosedUnit_IsNotActiveAfterItsLastDay()
    {
        _ward.Close(new DateOnly(2025, 6, 30));
        Assert.True(_ward.IsActiveOn(new DateOnly(2025, 6, 30)));
        Assert.False(_ward.IsActiveOn(new DateOnly(2025, 7, 1)));
    }
}
