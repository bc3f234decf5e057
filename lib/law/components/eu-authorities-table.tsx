import { EEA_AUTHORITIES } from "../regimes";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export function EuAuthoritiesTable() {
  return (
    <div className="table-wrap">
      <table id="eu-authorities">
        <caption className="small muted">Supervisory authorities of the EU/EEA (GDPR Art. 51, Art. 77)</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Authority</th>
          </tr>
        </thead>
        <tbody>
          {EEA_AUTHORITIES.map((authority) => (
            <tr key={authority.location}>
              <th scope="row">{countryNames.of(authority.location) ?? authority.location}</th>
              <td>
                <a href={authority.url}>{authority.name}</a>
                {authority.note ? <p className="small muted">{authority.note}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
