using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>
/// A refusal is answered in writing (Art. 27.2) — as an outgoing document of the owner unit, so it gets its number when
/// it is signed and issued. Inside the refusal's save (<see cref="DataRequestService.RefuseAsync"/>, by the page or the
/// API alike): the PDF as its main file, the requester as its recipient, the unit's leader as the proposed signer.
/// </summary>
public sealed class RefusalLetters(IOutgoingDrafts outgoing, FileService files) : IRefusalLetters
{
    /// <returns>The outgoing draft, or null when the unit has no leader to sign it (the refusal letter PDF still prints).</returns>
    public async Task<DraftedLetter?> DraftAsync(WorkspaceDbContext db, OrgTree tree, Actor actor, DataRequest request, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var issuer = tree.Find(request.OwnerUnitId);
        var signer = issuer is null ? null : tree.PeopleIn(issuer.Id).FirstOrDefault(p => p.IsInRole(Role.UnitLeader));
        if (issuer is null || signer is null || actor.UnitId != issuer.Id || !issuer.IsActiveOn(today))
        {
            return null;
        }

        var requester = tree.Find(request.RequesterUnitId);
        var requesterName = requester?.Name ?? "";
        var pdf = DataRequestPdfs.Refusal(request, issuer.Name, requesterName, nowUtc);
        var staged = await files.StageAsync($"tra-loi-{request.Number}.pdf", pdf.Length, new MemoryStream(pdf), ct);
        var inside = requester is { Kind: not UnitKind.ExternalOrganisation, EffectiveTo: null };
        var letter = await outgoing.PrepareDraftAsync(db, tree, actor, new DraftOutgoing(issuer.Id, DocumentType.CongVan,
            $"V/v trả lời yêu cầu khai thác dữ liệu số {request.Number} của {requesterName}", DocumentUrgency.Thuong, DocumentConfidentiality.Thuong, signer.Id,
            inside ? [request.RequesterUnitId] : [], inside ? [] : [requesterName], staged), today, nowUtc, ct);
        return new DraftedLetter(letter.Id, new EntityChange(EntityChange.Documents, letter.Id), OutgoingAccess.Rule.Audience(letter, tree));
    }
}
