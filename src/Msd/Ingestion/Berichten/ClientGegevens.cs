namespace Msd.Ingestion.Berichten;

/// <summary>
/// The client fields the monitor keeps from a message body: BSN (to be pseudonymised), birth date and sex.
/// Names, addresses, phone numbers and e-mail are never read.
/// </summary>
internal sealed class ClientGegevens
{
    public string? Bsn { get; private set; }

    public DateOnly? Geboortedatum { get; private set; }

    public string? Geslacht { get; private set; }

    /// <summary>Takes Client/Bsn, Client/Geslacht or Client/Geboortedatum/Datum; false for anything else.</summary>
    public bool Read(ElementPath path, in BerichtWaarde value)
    {
        if (path.Parent == "Client")
        {
            if (path.Name == "Bsn")
                Bsn = value.Text;
            else if (path.Name == "Geslacht")
                Geslacht = value.Text;
            else
                return false;
            return true;
        }
        if (path.Name == "Datum" && path.Parent == "Geboortedatum" && path.GrandParent == "Client")
        {
            Geboortedatum = value.Date();
            return true;
        }
        return false;
    }

    /// <summary>Forgets the previous client, for messages that list several (323, 325).</summary>
    public void Clear() => (Bsn, Geboortedatum, Geslacht) = (null, null, null);
}
