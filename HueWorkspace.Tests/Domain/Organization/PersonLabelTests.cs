using System.Globalization;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Seeding;

namespace HueWorkspace.Tests.Domain.Organization;

/// <summary>A picker names a person with their post, so two deputies or two namesakes are told apart.</summary>
public sealed class PersonLabelTests
{
    [Fact]
    public void APerson_IsNamedWithTheirPost_ElseWithTheirUnit()
    {
        Assert.Equal("Lê Minh Tâm — Chủ tịch UBND thành phố", PersonLabel.Of("Lê Minh Tâm", "Chủ tịch UBND thành phố", "UBND thành phố Huế"));
        Assert.Equal("Lê Minh Tâm (UBND thành phố Huế)", PersonLabel.Of("Lê Minh Tâm", " ", "UBND thành phố Huế"));
        Assert.Equal("Lê Minh Tâm", PersonLabel.Of("Lê Minh Tâm", null, null));
    }

    [Fact]
    public void EveryDemoPersonOfTheCity_HasAPost_AndAPostIsCheckedLikeAnyInput()
    {
        Assert.All(DemoOrganization.People.Where(p => p.UnitCode is not null), p => Assert.True(DemoOrganization.Posts.ContainsKey(p.UserName), p.UserName));
        var profile = UserProfile.FromSignIn("sub-1", "Trần Thị Thu Hà", null, "phochutich", DateTime.UtcNow);
        profile.Assign(Guid.NewGuid(), [Role.CityLeader], "  Phó Chủ tịch UBND thành phố ");
        Assert.Equal("Trần Thị Thu Hà — Phó Chủ tịch UBND thành phố", profile.Label(null));
        Assert.Throws<DomainException>(() => profile.Assign(Guid.NewGuid(), [Role.CityLeader], new string('x', UserProfile.PositionMaxLength + 1)));
        profile.Unassign();
        Assert.Null(profile.Position);
    }

    [Fact]
    public void ARefusal_ReadsInEnglishForAnEnglishReader_WhereEveryPageMeetsIt()
    {
        var en = CultureInfo.GetCultureInfo("en");
        Assert.Equal("Not found, or you may not see it.", DomainTexts.MessageOf(new NotFoundException("Không tìm thấy văn bản."), en));
        Assert.Equal("You are not allowed to do this.", DomainTexts.MessageOf(new ForbiddenException("Chỉ văn thư được vào sổ."), en));
        Assert.Equal("Không tìm thấy văn bản.", DomainTexts.MessageOf(new NotFoundException("Không tìm thấy văn bản."), DomainTexts.Vietnamese));
    }
}
