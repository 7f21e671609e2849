// The contract documents behind the XML form of each response (the packages' generated schemas).
import { XmlSerializer } from '@skattedeling/felles';
import { inntektSchema } from '@skattedeling/inntekt';
import { summertSkattegrunnlagSchema, v1 } from '@skattedeling/summert-skattegrunnlag';

let v2Xml: XmlSerializer | undefined;
let v1Xml: XmlSerializer | undefined;
let inntektXml: XmlSerializer | undefined;

export function summertSkattegrunnlagXml(body: unknown, variant: 'v1' | 'v2'): string {
  if (variant === 'v1') {
    v1Xml ??= new XmlSerializer(v1.schema);
    return v1Xml.serialize('SummertSkattegrunnlag', body);
  }
  v2Xml ??= new XmlSerializer(summertSkattegrunnlagSchema);
  return v2Xml.serialize('SummertSkattegrunnlag', body);
}

export function inntekterXml(body: unknown): string {
  inntektXml ??= new XmlSerializer(inntektSchema);
  return inntektXml.serialize('Inntekter', body);
}
