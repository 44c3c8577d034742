using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// The three users of the incoming documents' access rule agree, for every person of the demo organisation: the list
/// ("Tất cả"), the page by id, and the audience of a live change name the same documents — ordinary, secret, directed to
/// other units, registered by a ward.
/// </summary>
public sealed class IncomingAccessAgreementTests : IncomingTest
{
    [Fact]
    public async Task ForEveryDemoPerson_TheList_ThePageById_AndThePushAudience_NameTheSameDocuments()
    {
        var (ordinary, _) = await RegisterAsync();
        var (secret, _) = await RegisterAsync(letter: await LetterAsync(symbol: "9/BCA-A05", secrecy: DocumentConfidentiality.Mat));
        var directed = await PresentedAsync(await LetterAsync(symbol: "7/BYT-KH"));
        await ActAsAsync("chutich");
        await Documents.DirectAsync(directed, await DocumentVersionAsync(directed), new DirectIncoming("Giao Sở Y tế.",
            new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "SYT"), "", Today.AddDays(9)), [new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "IOC"), "", Today.AddDays(8))]));
        var (ward, _) = await RegisterAsync("phuxuan.vanthu", await LetterAsync(symbol: "3/UBND-VP"));
        var ids = new[] { ordinary, secret, directed, ward };

        await using var db = Db.CreateDbContext();
        var tree = await new HueWorkspace.Domain.Organization.OrganizationDirectory().TreeAsync(db, default);
        var audiences = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var id in ids)
        {
            var document = await db.IncomingDocuments.AsNoTracking().Include(d => d.Units).Include(d => d.Readers).SingleAsync(d => d.Id == id);
            audiences[id] = IncomingAccess.Rule.Audience(document, tree).ToList();
        }

        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).Select(p => p.UserName!).ToListAsync();
        foreach (var person in people)
        {
            var actor = await ActAsAsync(person);
            var listed = actor.IsAssigned ? (await DocumentQueries.ListAsync(new IncomingListQuery(PageSize: 100))).Items.Select(r => r.Id).ToHashSet() : [];
            var byId = new HashSet<Guid>();
            foreach (var id in ids)
            {
                try
                {
                    await DocumentQueries.GetAsync(id, recordView: false);
                    byId.Add(id);
                }
                catch (DomainException)
                {
                    // Not found (or not signed in): the person may not see it.
                }
            }

            var told = ids.Where(id => actor.UserId is { } me && audiences[id].Contains(me)).ToHashSet();
            Assert.True(byId.SetEquals(listed.Intersect(ids)), $"{person}: page {string.Join(",", byId)} but list {string.Join(",", listed.Intersect(ids))}");
            Assert.True(byId.SetEquals(told), $"{person}: page {string.Join(",", byId)} but told {string.Join(",", told)}");
        }

        // The cases are not empty: the directed unit's people see the directed document and not the others.
        await ActAsAsync("yt.chuyenvien");
        Assert.Equal([directed], (await DocumentQueries.ListAsync(new IncomingListQuery(PageSize: 100))).Items.Select(r => r.Id).Intersect(ids));
    }
}
