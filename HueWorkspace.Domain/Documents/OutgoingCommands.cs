using HueWorkspace.Domain.Files;

namespace HueWorkspace.Domain.Documents;

/// <summary>
/// A draft as the specialist writes it (Appendix VI Part II, the outgoing fields the drafter knows): the unit it is issued
/// in the name of, the leader proposed to sign, the recipients inside the system and outside it, the main file of this
/// version and appendices. <paramref name="Fixes"/> names the issued document it replaces or corrects (Art. 17).
/// </summary>
public sealed record DraftOutgoing(
    Guid IssuerUnitId,
    DocumentType Type,
    string? Excerpt,
    DocumentUrgency Urgency,
    DocumentConfidentiality Confidentiality,
    Guid SignerId,
    IReadOnlyList<Guid>? RecipientUnitIds,
    IReadOnlyList<string>? OutsideRecipients,
    StagedFile? MainFile,
    IReadOnlyList<StagedFile>? Attachments = null,
    DocumentFix? Fixes = null,
    int? PageCount = null,
    int? CopyCount = null,
    string? Language = null,
    string? Note = null);

public sealed record DocumentFix(Guid DocumentId, FixKind Kind);

/// <summary>One action on an outgoing document, from the version the person saw; <see cref="OutgoingService.RunAsync"/> dispatches it.</summary>
public sealed record OutgoingAction(OutgoingOperation Operation, Guid Version, string? Text = null, SigningCapacity? Capacity = null);
