using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Tasks;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// What the clerk types when registering (Appendix VI Part II). <paramref name="ConfirmDuplicate"/> is set when the clerk
/// saw the earlier record with the same issuer, number/symbol and issue date and registers it anyway.
/// </summary>
public sealed record RegisterIncoming(
    DateOnly ArrivalDate,
    string? IssuerName,
    string? NumberSymbol,
    DateOnly IssueDate,
    DocumentType Type,
    string? Excerpt,
    DocumentUrgency Urgency,
    DocumentConfidentiality Confidentiality,
    string? Signer,
    StagedFile? MainFile,
    IReadOnlyList<StagedFile>? Attachments = null,
    bool ConfirmDuplicate = false,
    Guid? OriginId = null,
    int? PageCount = null,
    DateOnly? HandlingDeadline = null,
    ArrivalChannel Channel = ArrivalChannel.Paper,
    string? Language = null,
    string? IdentifierCode = null,
    string? Note = null);

/// <summary>A leader's direction: units with deadlines (a task), or for information only when <paramref name="Lead"/> is null.</summary>
public sealed record DirectIncoming(string? Text, TaskUnitDue? Lead, IReadOnlyList<TaskUnitDue>? Coordinators, TaskPriority Priority = TaskPriority.Normal);

/// <summary>The same issuer, number/symbol and issue date is already in the register: the clerk must look and confirm.</summary>
public sealed class DuplicateDocumentException(Guid existingId, string existingLabel, DateOnly existingArrival)
    : Common.DomainException($"Văn bản này có thể đã được vào sổ: trùng cơ quan ban hành, số ký hiệu và ngày ban hành với văn bản số đến {existingLabel} (ngày đến {Common.VietnamTime.Format(existingArrival)}). Hãy xem văn bản đó và xác nhận nếu vẫn muốn vào sổ.")
{
    public Guid ExistingId { get; } = existingId;
}

/// <summary>One action on an incoming document, from the version the person saw; <see cref="IncomingService.RunAsync"/> dispatches it.</summary>
public sealed record IncomingAction(IncomingOperation Operation, Guid Version, Guid? LeaderId = null, string? Text = null, DirectIncoming? Direction = null);
