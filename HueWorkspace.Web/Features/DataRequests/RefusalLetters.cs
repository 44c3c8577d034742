using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>
/// A refusal is answered in writing (Art. 27.2) — as an outgoing document of the owner unit, so it gets its number when
/// it is signed and issued: the steward's refusal drafts the letter (the PDF as its main file, the requester as its
/// recipient, the unit's leader as the proposed signer) and the request links to it. The refusal itself stands at once.
/// </summary>
public sealed class RefusalLetters(DataRequestQueries queries, DataRequestService requests, OutgoingService outgoing, OutgoingQueries outgoingQueries,
    FileService files, TimeProvider clock)
{
    /// <returns>The outgoing draft's id, or null when the unit has no leader to sign it (the refusal letter PDF still prints).</returns>
    public async Task<Guid?> DraftAsync(Guid requestId, CancellationToken ct = default)
    {
        var detail = await queries.GetAsync(requestId, ct);
        var request = detail.Request;
        if (request.State != RequestState.Refused || request.RefusalLetterId is not null)
        {
            return request.RefusalLetterId;
        }

        var options = await outgoingQueries.DraftOptionsAsync(ct);
        var issuer = options.Issuers.FirstOrDefault(u => u.Id == request.OwnerUnitId);
        var signer = issuer is null ? null : options.Signers[issuer.Id].FirstOrDefault(p => p.UnitId == issuer.Id && p.Roles.Contains(Role.UnitLeader));
        if (issuer is null || signer is null)
        {
            return null;
        }

        var pdf = DataRequestPdfs.Refusal(detail, clock.GetUtcNow().UtcDateTime);
        var staged = await files.StageAsync($"tra-loi-{request.Number}.pdf", pdf.Length, new MemoryStream(pdf), ct);
        var inside = options.Units.Any(x => x.Unit.Id == request.RequesterUnitId);
        var letter = await outgoing.DraftAsync(new DraftOutgoing(issuer.Id, DocumentType.CongVan,
            $"V/v trả lời yêu cầu khai thác dữ liệu số {request.Number} của {detail.RequesterUnitName}", DocumentUrgency.Thuong, DocumentConfidentiality.Thuong, signer.Id,
            inside ? [request.RequesterUnitId] : [], inside ? [] : [detail.RequesterUnitName], staged), ct);
        await requests.LinkRefusalLetterAsync(requestId, letter, ct);
        return letter;
    }
}
