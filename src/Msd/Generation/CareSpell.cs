namespace Msd.Generation;

/// <summary>
/// The life of one toewijzing in the synthetic world, from request to stop, as far as the messages
/// sent by the end of the run tell it: what the messages (315, 301 and its versions, 305, 307, 319,
/// 323) are written from, and what the ground truth is computed from.
/// </summary>
internal sealed class CareSpell
{
    /// <summary>"jeugd" (iJw) or "wmo" (iWmo).</summary>
    public required string Wet { get; init; }

    public required GeneratedPerson Client { get; init; }

    public required string ToewijzingNummer { get; init; }

    public required string Provider { get; init; }

    public required string Category { get; init; }

    public required string ProductCode { get; init; }

    /// <summary>TypeVerwijzer; null for a toewijzing the municipality started itself (no 315).</summary>
    public string? Verwijzer { get; init; }

    /// <summary>Day of the 315 verzoek om toewijzing, when there was one.</summary>
    public DateOnly? RequestDate { get; init; }

    /// <summary>The 315 was refused with a 319 (VerzoekAntwoord 1); no toewijzing followed.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>Dagtekening of the 319 that refused the request; null when it is sent only after the run.</summary>
    public DateOnly? RejectionSent { get; set; }

    /// <summary>The 315 as a record of its own: a defect can quarantine the request while the toewijzing still counts.</summary>
    public object Request { get; } = new();

    /// <summary>
    /// A defect sent this spell's start once more under a toewijzingnummer that was never allocated (305
    /// without 301). Ingestion keeps it (msd check finds it), so it is an open delivery in the data.
    /// </summary>
    public bool CopiedWithoutToewijzing { get; set; }

    public List<ToewijzingVersion> Versions { get; } = [];

    /// <summary>305 Begindatum; null when care never started.</summary>
    public DateOnly? DeliveryStart { get; set; }

    /// <summary>Dagtekening of the (first) 305.</summary>
    public DateOnly? StartSent { get; set; }

    /// <summary>A first 305 with this wrong Begindatum was withdrawn (StatusAanlevering 3) and resent on <see cref="CorrectionSent"/>.</summary>
    public DateOnly? CorrectedStart { get; set; }

    public DateOnly? CorrectionSent { get; set; }

    /// <summary>Dagtekening of the final 307.</summary>
    public DateOnly? StopSent { get; set; }

    /// <summary>A temporary stop (307 with RedenBeeindiging 20) and the day care resumed with a new 305.</summary>
    public (DateOnly Stop, DateOnly Resume)? Pause { get; set; }

    /// <summary>307 Einddatum and RedenBeeindiging; null while care goes on at the end of the run.</summary>
    public DateOnly? DeliveryEnd { get; set; }

    public string? EndReason { get; set; }

    public required int Volume { get; init; }

    /// <summary>Eenheid (WJ756) and Frequentie (WMO757) of the Omvang.</summary>
    public required string Unit { get; init; }

    public required string Frequency { get; init; }

    /// <summary>Price per unit in eurocent, used for the 323 declarations.</summary>
    public required long Tariff { get; init; }

    public ToewijzingVersion First => Versions[0];

    public ToewijzingVersion Current => Versions[^1];

    /// <summary>Deleted with RedenWijziging 13: to be treated as never sent.</summary>
    public bool Deleted => Current.ReasonChange == "13";

    /// <summary>Every delivery as its 305 starts it: the segments, and the last one still open (no end) while care goes on.</summary>
    public IEnumerable<(DateOnly Start, DateOnly? End, string? Reason)> Deliveries()
    {
        if (DeliveryStart is not { } start)
            yield break;
        if (Pause is { } pause)
        {
            yield return (start, pause.Stop, "20");
            start = pause.Resume;
        }
        yield return (start, DeliveryEnd, EndReason);
    }

    /// <summary>Delivery segments as 305/307 pairs: a temporary stop (reason 20) splits the delivery in two.</summary>
    public IEnumerable<(DateOnly Start, DateOnly End, string Reason)> Segments()
    {
        if (DeliveryStart is not { } start)
            yield break;
        if (Pause is { } pause)
        {
            yield return (start, pause.Stop, "20");
            start = pause.Resume;
        }
        if (DeliveryEnd is { } end)
            yield return (start, end, EndReason!);
    }
}

/// <summary>One sending of a toewijzing (301): the first, or a change with its RedenWijziging.</summary>
internal sealed record ToewijzingVersion(DateOnly Toewijzingsdatum, DateOnly Ingangsdatum, DateOnly? Einddatum, string? ReasonChange);
