import type { CorrectionItem, LetterSpecifics } from "../types";
import type { LetterTemplate } from "./types";

// Terms of the GDPR's Portuguese text (RGPD, European Portuguese): responsável pelo tratamento,
// titular dos dados, apagamento, limitação do tratamento, autoridade de controlo.
export function correctionItemPt({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: o dado correto é «${correctValue}»${currentValue ? ` (atualmente «${currentValue}»)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemPt);
const FORMAT = { json: "de preferência em formato JSON", csv: "de preferência em ficheiros CSV", any: "por exemplo, em formato JSON ou CSV" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

function erasure(s: LetterSpecifics, article: string): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`Solicito o apagamento, sem demora injustificada, dos seguintes dados pessoais que me dizem respeito (${article}):`, s.deletion.parts];
  }
  return [
    `Solicito o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito e que V. Exas. conservam, bem como o encerramento da minha conta (${article}).`,
  ];
}

export const rightsPt: LetterTemplate["rights"] = {
  access: {
    title: { other: "Pedido de acesso" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Solicito que me confirmem se os dados pessoais que me dizem respeito são ou não objeto de tratamento e, se for esse o caso, que me deem acesso a esses dados e às seguintes informações (${article}):`,
        [
          "a) as finalidades do tratamento (art. 15.º, n.º 1, al. a));",
          "b) as categorias dos dados pessoais em questão (art. 15.º, n.º 1, al. b));",
          "c) os destinatários a quem os dados foram ou serão divulgados, nomeadamente os destinatários estabelecidos em países terceiros ou pertencentes a organizações internacionais, identificados individualmente (art. 15.º, n.º 1, al. c)): as categorias de destinatários só bastam se for impossível identificar os destinatários ou se o meu pedido for manifestamente infundado ou excessivo (TJUE C-154/21, Österreichische Post), bem como as garantias adequadas relativas a essa transferência (art. 15.º, n.º 2);",
          "d) se for possível, o prazo previsto de conservação dos dados ou, se não for possível, os critérios usados para fixar esse prazo (art. 15.º, n.º 1, al. d));",
          "e) a existência do direito de solicitar a retificação, o apagamento ou a limitação do tratamento dos dados, ou do direito de se opor a esse tratamento (art. 15.º, n.º 1, al. e));",
          "f) o direito de apresentar reclamação a uma autoridade de controlo (art. 15.º, n.º 1, al. f));",
          "g) se os dados não tiverem sido recolhidos junto de mim, as informações disponíveis sobre a sua origem (art. 15.º, n.º 1, al. g));",
          "h) a existência de decisões automatizadas, incluindo a definição de perfis, referida no art. 22.º, n.os 1 e 4, e, pelo menos nesses casos, informações úteis relativas à lógica subjacente, bem como a importância e as consequências previstas de tal tratamento para mim (art. 15.º, n.º 1, al. h)).",
        ].join("\n"),
        `Solicito ainda uma cópia dos dados pessoais em fase de tratamento, num formato eletrónico de uso corrente (art. 15.º, n.º 3, do ${law}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Pedido de apagamento" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...erasure(specifics, article),
        `Na medida em que tratem estes dados com base no meu consentimento, retiro-o (art. 7.º, n.º 3, do ${law}); na medida em que se baseiem em interesses legítimos, oponho-me ao tratamento (art. 21.º, n.º 1, do ${law}).`,
        `Solicito que me confirmem o apagamento por escrito, que o comuniquem a cada destinatário a quem os dados tenham sido transmitidos e que me informem sobre esses destinatários (art. 19.º do ${law}). Se tiverem tornado públicos os dados, solicito que informem do meu pedido os outros responsáveis que os tratam (art. 17.º, n.º 2, do ${law}). Se considerarem que devem ou podem conservar alguns dados (art. 17.º, n.º 3, do ${law}), solicito que me indiquem quais e com que fundamento jurídico.`,
      ],
    },
  },
  correction: {
    title: { other: "Pedido de retificação" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Solicito a retificação, sem demora injustificada, dos seguintes dados pessoais inexatos que me dizem respeito (${article}):`,
        items(specifics).join("\n"),
        `Solicito que me confirmem a retificação e que a comuniquem a cada destinatário a quem os dados tenham sido transmitidos (art. 19.º do ${law}).`,
      ],
    },
  },
  portability: {
    title: { other: "Pedido de portabilidade dos dados" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Solicito receber os dados pessoais que me digam respeito e que vos forneci, num formato estruturado, de uso corrente e de leitura automática, ${format(specifics)} (${article}). Incluem-se os dados que eu próprio introduzi e os gerados pela minha utilização do serviço, como o histórico da minha atividade.`,
      ],
    },
  },
  restriction: {
    title: { other: "Pedido de limitação do tratamento" },
    paragraphs: {
      other: ({ article }) => [
        `Solicito a limitação do tratamento dos meus dados pessoais: conservem os dados, mas não os tratem de outra forma até que a questão esteja resolvida (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Oposição ao tratamento" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Por motivos relacionados com a minha situação particular, oponho-me ao tratamento dos meus dados pessoais que baseiam no interesse público ou em interesses legítimos, incluindo a definição de perfis (art. 21.º, n.º 1, do ${law}):`,
                grounds,
                `Solicito que cessem esse tratamento, salvo se apresentarem razões imperiosas e legítimas que prevaleçam sobre os meus interesses, direitos e liberdades (art. 21.º, n.º 1, do ${law}), e que me comuniquem a vossa decisão.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Oponho-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis relacionada com a mesma. Esta oposição não carece de fundamentação: solicito que cessem esse tratamento (art. 21.º, n.os 2 e 3, do ${law}).`,
              ]
            : []),
          "Solicito que me confirmem os tratamentos que cessaram.",
        ];
      },
    },
  },
  "automated-decision": {
    title: { other: "Pedido relativo a decisões automatizadas" },
    paragraphs: {
      other: ({ article }) => [
        `Solicito não ficar sujeito a decisões tomadas exclusivamente com base no tratamento automatizado, incluindo a definição de perfis (${article}). Caso tomem decisões desse tipo, solicito que mo comuniquem e que me permitam obter intervenção humana, manifestar o meu ponto de vista e contestar a decisão.`,
      ],
    },
  },
};
