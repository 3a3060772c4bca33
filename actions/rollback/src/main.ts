import { hello } from '@pipeline-actions/shared';
hello('x');
