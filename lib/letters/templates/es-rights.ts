import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's Spanish text (RGPD): responsable del tratamiento, interesado, supresión, limitación del tratamiento.
export function correctionItemEs({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: el dato correcto es «${correctValue}»${currentValue ? ` (actualmente «${currentValue}»)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemEs);
const FORMAT = { json: "preferiblemente en formato JSON", csv: "preferiblemente en archivos CSV", any: "por ejemplo, en formato JSON o CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Solicito la supresión sin dilación indebida de los siguientes datos personales que me conciernen (${article}):`, s.deletion.parts];
  }
  return [
    `Solicito la supresión sin dilación indebida de todos los datos personales que me conciernen y que ustedes conservan, así como el cierre de mi cuenta (${article}).`,
  ];
}

export const rightsEs: LetterTemplate["rights"] = {
  access: {
    title: { other: "Solicitud de acceso" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Les ruego que me confirmen si están tratando o no datos personales que me conciernen y, en tal caso, que me faciliten el acceso a dichos datos y a la siguiente información (${article}):`,
        [
          "a) los fines del tratamiento (art. 15.1.a));",
          "b) las categorías de datos personales de que se trate (art. 15.1.b));",
          "c) los destinatarios a los que se comunicaron o serán comunicados los datos, en particular destinatarios en terceros países u organizaciones internacionales, identificados individualmente (art. 15.1.c)): las categorías de destinatarios solo bastan cuando sea imposible identificar a los destinatarios o mi solicitud sea manifiestamente infundada o excesiva (TJUE C-154/21, Österreichische Post), así como las garantías adecuadas relativas a dicha transferencia (art. 15.2);",
          "d) de ser posible, el plazo previsto de conservación de los datos o, de no ser posible, los criterios utilizados para determinar este plazo (art. 15.1.d));",
          "e) la existencia del derecho a solicitar la rectificación o supresión de los datos o la limitación de su tratamiento, o a oponerse a dicho tratamiento (art. 15.1.e));",
          "f) el derecho a presentar una reclamación ante una autoridad de control (art. 15.1.f));",
          "g) cuando los datos no se hayan obtenido de mí, cualquier información disponible sobre su origen (art. 15.1.g));",
          "h) la existencia de decisiones automatizadas, incluida la elaboración de perfiles, a que se refiere el art. 22, apartados 1 y 4, y, al menos en tales casos, información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento para mí (art. 15.1.h)).",
        ].join("\n"),
        `Les ruego asimismo que me faciliten una copia de los datos personales objeto de tratamiento, en un formato electrónico de uso común (art. 15.3 ${law}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Solicitud de supresión" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `En la medida en que traten estos datos sobre la base de mi consentimiento, lo retiro (art. 7.3 ${law}); en la medida en que se basen en intereses legítimos, me opongo al tratamiento (art. 21.1 ${law}).`,
        `Les ruego que me confirmen la supresión por escrito, que la comuniquen a cada uno de los destinatarios a los que se hayan comunicado los datos y que me informen de cuáles son (art. 19 ${law}). Si han hecho públicos los datos, les ruego que informen de mi solicitud a los demás responsables que los estén tratando (art. 17.2 ${law}). Si consideran que deben o pueden conservar algunos datos (art. 17.3 ${law}), les ruego que me indiquen cuáles y con qué base jurídica.`,
      ],
    },
  },
  correction: {
    title: { other: "Solicitud de rectificación" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Solicito la rectificación sin dilación indebida de los siguientes datos personales inexactos que me conciernen (${article}):`,
        items(specifics).join("\n"),
        `Les ruego que me confirmen la rectificación y que la comuniquen a cada uno de los destinatarios a los que se hayan comunicado los datos (art. 19 ${law}).`,
      ],
    },
  },
  portability: {
    title: { other: "Solicitud de portabilidad de los datos" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Solicito recibir los datos personales que me incumben y que les he facilitado, en un formato estructurado, de uso común y lectura mecánica, ${format(specifics)} (${article}). Ello incluye los datos que he introducido yo mismo y los generados por mi uso del servicio, como mi historial de actividad.`,
      ],
    },
  },
  restriction: {
    title: { other: "Solicitud de limitación del tratamiento" },
    paragraphs: {
      other: ({ article }) => [
        `Solicito la limitación del tratamiento de mis datos personales: conserven los datos, pero no los traten de ningún otro modo hasta que se resuelva la cuestión (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Oposición al tratamiento" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Por motivos relacionados con mi situación particular, me opongo al tratamiento de mis datos personales que basan en el interés público o en intereses legítimos, incluida la elaboración de perfiles (art. 21.1 ${law}):`,
                grounds,
                `Les ruego que dejen de tratar los datos, salvo que acrediten motivos legítimos imperiosos que prevalezcan sobre mis intereses, derechos y libertades (art. 21.1 ${law}), y que me comuniquen su decisión.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con ella. Esta oposición no requiere motivación: les ruego que cesen dicho tratamiento (art. 21, apartados 2 y 3, ${law}).`,
              ]
            : []),
          "Les ruego que me confirmen qué tratamientos han cesado.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Solicitud relativa a decisiones automatizadas" },
    paragraphs: {
      other: ({ article }) => [
        `Solicito no ser objeto de decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles (${article}). Si adoptan tales decisiones, les ruego que me lo comuniquen y que me permitan obtener intervención humana, expresar mi punto de vista e impugnar la decisión.`,
      ],
    },
  },
};
