namespace HueWorkspace.Domain.Documents;

/// <summary>Where an outgoing document stands (Nghị định 30 Art. 10–18).</summary>
public enum OutgoingState
{
    /// <summary>Dự thảo: the specialist writes it; a returned draft comes back here with the comments.</summary>
    Draft,

    /// <summary>The head of the drafting unit checks the content (Art. 12).</summary>
    ContentReview,

    /// <summary>The clerk checks format and presentation (Art. 13.1).</summary>
    FormatCheck,

    /// <summary>The signer approves and signs (Art. 13.2–13.3).</summary>
    AwaitingSignature,

    /// <summary>Signed; the clerk numbers and issues it the same day (Art. 15–16).</summary>
    Signed,

    /// <summary>Numbered, dated and sent; recipients inside the system have it as an incoming document.</summary>
    Issued,

    /// <summary>Recalled with a reason: frozen here, withdrawn at every receiver (Appendix VI §8).</summary>
    Recalled,
}

public enum OutgoingOperation
{
    View,

    /// <summary>The drafter changes the draft: a new version, the earlier ones stay readable.</summary>
    Revise,

    /// <summary>The drafter sends the draft to the head of the drafting unit.</summary>
    Submit,

    ApproveContent,

    ApproveFormat,

    Sign,

    /// <summary>Back to the drafter with comments, from any check before signing.</summary>
    Return,

    Issue,

    Recall,
}

/// <summary>
/// Thẩm quyền ký (Nghị định 30 Art. 13, Appendix I): how the signature block reads. Ký trực tiếp has no prefix.
/// </summary>
public enum SigningCapacity
{
    /// <summary>The head signs in their own name.</summary>
    Direct,

    /// <summary>TM. — on behalf of a collective body (the People's Committee), signed by its head.</summary>
    TM,

    /// <summary>Q. — the acting head.</summary>
    Q,

    /// <summary>KT. — a deputy signs for the head: needs the head's recorded designation for the period.</summary>
    KT,

    /// <summary>TL. — the head of the office signs by order of the head.</summary>
    TL,

    /// <summary>TUQ. — by written, time-limited authorisation, never passed on.</summary>
    TUQ,
}

/// <summary>What a recorded authorisation lets its holder sign.</summary>
public enum AuthorisationKind
{
    /// <summary>A leader away names a deputy to sign KT. for a period.</summary>
    Deputy,

    /// <summary>Ủy quyền: a written authorisation to sign TUQ. for a period (Art. 13.3).</summary>
    Authorisation,
}

/// <summary>What the sender sees of each recipient (Appendix VI §1: the sender sees the recipient's handling status).</summary>
public enum RecipientStatus
{
    /// <summary>Outside the system: sent by post or the national axis; recorded only.</summary>
    Recorded,

    /// <summary>In the receiving unit's register (receipt acknowledged automatically).</summary>
    Received,

    /// <summary>Presented or directed and being handled.</summary>
    Handling,

    /// <summary>Handled: the task is completed, or the leader kept it for information.</summary>
    Done,

    /// <summary>The receiver returned it as misaddressed or invalid.</summary>
    Returned,

    /// <summary>Recalled by the sender: withdrawn at the receiver.</summary>
    Withdrawn,
}

/// <summary>How a document fixes an earlier one (Art. 17: content errors by replacement, format errors by a correction letter).</summary>
public enum FixKind
{
    /// <summary>Thay thế: replaces the earlier document (a content error).</summary>
    Replaces,

    /// <summary>Đính chính: corrects the earlier document (a format error).</summary>
    Corrects,
}
